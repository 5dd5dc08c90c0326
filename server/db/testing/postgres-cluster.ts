import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/*
 * A throw-away PostgreSQL cluster from Debian's `postgresql` package for the tests: initdb and pg_ctl
 * in a temporary directory, as the `postgres` user when running as root (PostgreSQL refuses root),
 * on a free port, with durability off (a test cluster never survives a crash), removed by `stop`.
 */

const ROOT = '/usr/lib/postgresql';
export const TEST_PASSWORD = 'cmk-test-password';

function binDir(): string {
  const versions = existsSync(ROOT)
    ? readdirSync(ROOT)
        .filter((version) => existsSync(join(ROOT, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const [newest] = versions;
  if (!newest) {
    throw new Error(
      `No PostgreSQL under ${ROOT}: install Debian's package (apt-get install postgresql), as .ci/run does.`,
    );
  }
  return join(ROOT, newest, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

const asRoot = process.getuid?.() === 0;
const idOf = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString());

function run(command: string, args: string[]) {
  const [file, all] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  execFileSync(file, all, { stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface PostgresCluster {
  /** The superuser's URL (password authentication over TCP). */
  url: string;
  port: number;
  /** A fresh, empty database; its URL. */
  createDatabase: () => Promise<string>;
  /** Stops the server (fast) and keeps its files, so `start` brings it back. */
  pause: () => void;
  start: () => void;
  stop: () => void;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'cmk-pg-'));
  if (asRoot) chownSync(dir, idOf('-u'), idOf('-g'));
  const data = join(dir, 'data');
  const passwordFile = join(dir, 'password');
  writeFileSync(passwordFile, TEST_PASSWORD, { mode: 0o600 });
  if (asRoot) chownSync(passwordFile, idOf('-u'), idOf('-g'));
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    `--pwfile=${passwordFile}`,
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = () => {
    run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  };
  const pause = () => {
    run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  start();
  const url = `postgres://postgres:${TEST_PASSWORD}@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    url,
    port,
    async createDatabase() {
      databases += 1;
      const name = `cmk_test_${databases}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      // The name is this function's own counter, never input.
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return url.replace(/\/postgres$/, `/${name}`);
    },
    pause,
    start,
    stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
