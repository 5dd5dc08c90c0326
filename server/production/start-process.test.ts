// `npm start` as an operator runs it: a real child process, signals and exit codes.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestBuild } from './test-build.ts';

const LIST = '/api/v1/encryption/keyproviders/actions/list';
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH, QLIK_TENANT: '', QLIK_API_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exited };
}

const startServer = (env: Record<string, string>) =>
  run(['--import', 'tsx', 'server/start.ts'], { PORT: '0', CMK_OUT_DIR: makeTestBuild(), ...env });

async function consoleUrl(server: Run): Promise<string> {
  for (let waited = 0; waited < 15_000; waited += 50) {
    const match = /Console: (http:\/\/\S+)/.exec(server.output());
    if (match?.[1]) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server did not start:\n${server.output()}`);
}

describe('npm start as a process', () => {
  it('on SIGTERM stops accepting, finishes the request in flight, then exits 0', async () => {
    const server = startServer({});
    const url = await consoleUrl(server);
    const fault = { method: 'GET', path: '/actions/list', latencyMs: 1500, count: 1 };
    await fetch(`${url}/__sim/faults`, { method: 'POST', body: JSON.stringify(fault) });
    const slow = fetch(`${url}${LIST}`);
    await new Promise((resolve) => setTimeout(resolve, 400));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    const response = await slow;
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(3);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain(
      'SIGTERM: no new connections; finishing 1 request(s) in flight',
    );
    expect(server.output()).toMatch(/GET listKeyProviders 200 1\d{3}ms\n\S+ INFO Stopped\n/);
  }, 20_000);

  it('a refusal exits 1 with the reason on stderr', async () => {
    const server = startServer({
      HOST: '0.0.0.0',
      QLIK_TENANT: 'https://acme.eu.qlikcloud.com',
      QLIK_API_KEY: 'k-secret-abc',
    });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(
      'The console server did not start: HOST=0.0.0.0 would serve the console to the network',
    );
    expect(server.output()).not.toContain('k-secret-abc');
  }, 20_000);

  it('without a built server, `npm start` says to run npm run build and exits 1', async () => {
    const launcher = run(['server/launch.js'], { CMK_OUT_DIR: '/nonexistent/build' });
    expect(await launcher.exited).toBe(1);
    expect(launcher.output()).toContain('no built server at /nonexistent/build-server/start.js');
    expect(launcher.output()).toContain('Run `npm run build` first, then `npm start`.');
  });
});
