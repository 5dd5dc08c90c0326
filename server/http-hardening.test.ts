// What `npm start` answers to methods it does not serve and to a body it refuses before reading.
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_BASE_PATH } from '../src/api/operations.gen.ts';
import { startConsoleServer, type ConsoleServer } from './production/start-server.ts';
import { makeTestBuild, makeTestDataDir, stopTestServer } from './production/test-build.ts';

const started: ConsoleServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map(stopTestServer));
});

/** Each mode's environment; sign-in mode answers CONSOLE_ORIGIN's host, the others loopback names. */
const MODES: Record<string, Record<string, string>> = {
  'API key': { QLIK_TENANT: 'http://127.0.0.1:9', QLIK_API_KEY: 'k-0123456789' },
  'sign-in': {
    QLIK_TENANT: 'http://127.0.0.1:9',
    QLIK_OAUTH_CLIENT_ID: 'id',
    QLIK_OAUTH_CLIENT_SECRET: 'secret',
    CONSOLE_ORIGIN: 'http://127.0.0.1:4173',
  },
  fleet: { SIM_FLEET: '2' },
};

async function start(env: Record<string, string>) {
  const server = await launch(env);
  started.push(server);
  return Number(new URL(server.url).port);
}

async function launch(env: Record<string, string>) {
  return startConsoleServer(
    {
      PORT: '0',
      CMK_OUT_DIR: makeTestBuild(),
      // Sign-in mode keeps its sessions in PGlite: a directory of its own per server.
      CONSOLE_DATA_DIR: makeTestDataDir(),
      ...env,
    },
    { log: () => undefined, isTenantReachable: () => Promise.resolve(true) },
  );
}

interface Exchange {
  /** Every response head received, in order (status line and headers, lower-cased). */
  heads: string[];
  /** How the connection ended: closed cleanly by the server, reset, or still open. */
  ending: 'closed' | 'reset' | 'open';
}

/** Writes `chunks` on one connection, then `after` once the first answer has arrived. */
function converse(port: number, chunks: (string | Buffer)[], after?: string): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let ending: Exchange['ending'] = 'open';
    let sentAfter = false;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const heads = (received.match(/HTTP\/1\.1 \d{3}[\s\S]*?\r\n\r\n/g) ?? []).map((head) =>
        head.toLowerCase(),
      );
      resolve({ heads, ending });
    };
    const timer = setTimeout(finish, 2000);
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
    });
    socket.on('data', (data: Buffer) => {
      received += data.toString('latin1');
      if (after && !sentAfter && received.includes('\r\n\r\n') && socket.writable) {
        sentAfter = true;
        socket.write(after);
      }
    });
    socket.on('end', () => {
      ending = 'closed';
    });
    socket.on('error', () => {
      ending = 'reset';
    });
    socket.on('close', finish);
  });
}

const hostOf = (env: Record<string, string>, port: number) =>
  env.CONSOLE_ORIGIN ? new URL(env.CONSOLE_ORIGIN).host : `127.0.0.1:${port}`;

const head = (method: string, path: string, host: string, extra = '') =>
  `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\n${extra}\r\n`;

describe.each(Object.keys(MODES))('npm start in %s mode: unknown methods', (name) => {
  const paths = ['/', `${API_BASE_PATH}/actions/list`, '/auth/login', `/t/acme${API_BASE_PATH}`];
  const env = MODES[name] ?? {};
  // One server for the block: sign-in mode opens its PGlite directory at start-up.
  let server: ConsoleServer;
  let port: number;
  beforeAll(async () => {
    server = await launch(env);
    port = Number(new URL(server.url).port);
  }, 60_000);
  afterAll(async () => {
    await stopTestServer(server);
  });

  it.each(['TRACE', 'PROPFIND', 'MKCOL'])(
    '%s answers 405 with Allow, never 500',
    async (method) => {
      for (const path of paths) {
        const raw = head(method, path, hostOf(env, port), 'Connection: close\r\n');
        const { heads } = await converse(port, [raw]);
        expect(heads[0], `${method} ${path}`).toMatch(/^http\/1\.1 405 /);
        expect(heads[0]).toContain('allow: get, head, post, put, patch, delete, options');
      }
    },
  );

  it('a made-up method is refused by Node’s parser (400), before any route', async () => {
    for (const path of paths) {
      const { heads } = await converse(port, [head('BREW', path, hostOf(env, port))]);
      expect(heads[0], path).toMatch(/^http\/1\.1 400 /);
    }
  });
});

describe('an answer sent before the body was read closes the connection', () => {
  const body = Buffer.alloc(2 * 1024 * 1024, 'a');
  const post = (port: number, host?: string) =>
    `POST ${API_BASE_PATH} HTTP/1.1\r\nHost: ${host ?? `127.0.0.1:${port}`}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`;

  it.each([
    ['413 (body too large)', 413, undefined],
    ['421 (foreign host)', 421, 'attacker.example'],
  ])('%s says Connection: close, and the server closes the socket', async (_, status, host) => {
    const port = await start(MODES['API key'] ?? {});
    const next = head('GET', '/healthz', `127.0.0.1:${port}`);
    const exchange = await converse(port, [post(port, host), body], next);
    expect(exchange.heads[0]).toMatch(new RegExp(`^http/1\\.1 ${status} `));
    expect(exchange.heads[0]).toContain('connection: close');
    // A request sent on it anyway gets no answer: the client was told to open another socket.
    expect(exchange.heads).toHaveLength(1);
    expect(exchange.ending).not.toBe('open');
  });

  it('a keep-alive client (one pooled socket) gets the 413, then its next answers', async () => {
    const port = await start(MODES['API key'] ?? {});
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, payload?: Buffer) =>
      new Promise<number>((resolve, reject) => {
        const headers = payload ? { 'content-type': 'application/json' } : {};
        const req = request({ port, host: '127.0.0.1', method, path, agent, headers }, (res) => {
          res.resume();
          res.on('end', () => {
            resolve(res.statusCode ?? 0);
          });
        });
        req.on('error', reject);
        req.end(payload);
      });
    try {
      const statuses = await Promise.all([
        send('POST', API_BASE_PATH, body),
        send('GET', '/healthz'),
        send('GET', '/healthz'),
      ]);
      expect(statuses).toEqual([413, 200, 200]);
    } finally {
      agent.destroy();
    }
  });

  it('an answer after the whole request keeps the connection for the next request', async () => {
    const port = await start(MODES['API key'] ?? {});
    const health = head('GET', '/healthz', `127.0.0.1:${port}`);
    const exchange = await converse(port, [health], health);
    expect(exchange.heads).toHaveLength(2);
    expect(exchange.heads[0]).not.toContain('connection: close');
    expect(exchange.ending).toBe('open');
  });
});
