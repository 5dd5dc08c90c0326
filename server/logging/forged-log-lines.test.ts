import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closeGracefully } from '../production/graceful-shutdown.ts';
import { startConsoleServer, type ConsoleServer } from '../production/start-server.ts';
import { makeTestBuild } from '../production/test-build.ts';
import { createConsoleLogger } from './console-logger.ts';

const started: ConsoleServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => closeGracefully(s.server, 100)));
});

/** Sends bytes as they are (no client library would send these), and waits for the answer. */
function sendRaw(url: string, head: string, body = ''): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(body, 'utf8')]));
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => {
      resolve(Buffer.concat(chunks).toString('latin1'));
    });
    socket.on('error', reject);
  });
}

const utf8AsLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
const LIST = '/api/v1/encryption/keyproviders/actions/list';

const request = (path: string, headers: string[] = [], body = ''): [string, string] => [
  [
    `${body ? 'POST' : 'GET'} ${path} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Connection: close',
    ...(body
      ? ['Content-Type: application/json', `Content-Length: ${String(Buffer.byteLength(body))}`]
      : []),
    ...headers,
    '',
    '',
  ].join('\r\n'),
  body,
];

const FORGERIES = [
  request('/providers/%0D%0A2026-12-03T00:00:00.000Z%20INFO%20GET%20deleteKeyProvider%20204'),
  request('/providers/\u001b[31mred'),
  request(`/providers/${utf8AsLatin1('\u2028forged')}`),
  request(LIST, [`X-Request-Id: ${utf8AsLatin1('id\u2028forged line')}`]),
  request(LIST, ['X-Request-Id: id\u001b[2Jwiped']),
  request(LIST, ['X-Request-Id: id\u0085next']),
  request('/t/%0d%0aforged/api/v1/encryption/keyproviders/actions/list'),
  request(
    '/api/v1/encryption/keyproviders',
    [],
    JSON.stringify({ name: 'a\r\nforged \u2028 \u001b[0m', arn: 'x', keyprovider: 'AWS-KMS' }),
  ),
];

describe.each(['text', 'json'] as const)('forged log lines, %s log of npm start', (format) => {
  it.each([
    ['the simulated tenant', {}],
    ['a simulated fleet', { SIM_FLEET: '2' }],
  ])('each request in %s logs whole lines only', async (_name, env) => {
    const writes: string[] = [];
    const { log } = createConsoleLogger({ format, write: (line) => writes.push(line) });
    const server = await startConsoleServer(
      { PORT: '0', CMK_OUT_DIR: makeTestBuild(), ...env },
      { log, isTenantReachable: () => Promise.resolve(true) },
    );
    started.push(server);
    writes.length = 0;
    for (const [head, body] of FORGERIES) await sendRaw(server.url, head, body);
    const answered = writes.length;
    expect(answered).toBeGreaterThanOrEqual(5);
    for (const line of writes) {
      expect(line).toMatch(/^[^\n\r\u2028\u2029\u0085]*\n$/u);
      // eslint-disable-next-line no-control-regex -- no raw control may be left
      expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
      if (format === 'json') expect(() => JSON.parse(line) as unknown).not.toThrow();
    }
    expect(writes.join('')).not.toMatch(/wiped|forged line|\[31m/);
  });
});
