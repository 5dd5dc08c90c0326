// Shared by the benchmark scripts: a free port, a wait, the built console server as a child.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const OUT_DIR = process.env.CMK_OUT_DIR ?? 'dist';
export const SERVER_ENTRY = `${OUT_DIR}-server/start.js`;

const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>) {
  for (let waited = 0; waited < 30_000; waited += 100) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not come up`);
}

/**
 * The built console server (`npm start`'s bundle) on 127.0.0.1 and a free port, with `env` as its
 * whole configuration (nothing from the shell leaks in). Its log goes to a file, as a deployment's would.
 */
export async function startConsole(env: Record<string, string>, nodeArgs: string[] = []) {
  const logFile = join(mkdtempSync(join(tmpdir(), 'cmk-bench-')), 'server.log');
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...nodeArgs, SERVER_ENTRY], {
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', CMK_OUT_DIR: OUT_DIR, ...env },
    stdio: ['ignore', log, log, 'ipc'],
  });
  children.push(child);
  const url = await until(
    'the console server',
    () => /Console: (\S+)/.exec(readFileSync(logFile, 'utf8'))?.[1],
  );
  return { url, child, logFile };
}
