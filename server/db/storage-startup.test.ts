// Each refusal of the storage through the real start-up path (startConsoleServer, as `npm start`).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeGracefully } from '../production/graceful-shutdown.ts';
import { startConsoleServer, type ConsoleServer } from '../production/start-server.ts';
import { makeTestBuild } from '../production/test-build.ts';
import { LOCK_FILE } from './data-dir-lock.ts';
import { openConsoleStorage } from './open-database.ts';
import {
  startPostgresCluster,
  TEST_PASSWORD,
  type PostgresCluster,
} from './testing/postgres-cluster.ts';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const SIGN_IN = {
  QLIK_TENANT: 'https://acme.eu.qlikcloud.com',
  QLIK_OAUTH_CLIENT_ID: 'web-client',
  QLIK_OAUTH_CLIENT_SECRET: 'web-secret',
  CONSOLE_ORIGIN: 'http://127.0.0.1:4173',
};

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 60_000);
afterAll(() => {
  cluster.stop();
});

const started: ConsoleServer[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const server of started.splice(0)) {
    await closeGracefully(server.server, 100);
    await server.closeStorage();
  }
});

const dataDir = () => mkdtempSync(join(tmpdir(), 'cmk-data-'));

async function start(env: Record<string, string>) {
  const lines: string[] = [];
  const server = await startConsoleServer(
    { PORT: '0', CMK_OUT_DIR: makeTestBuild(), ...SIGN_IN, ...env },
    { log: (line) => lines.push(line), isTenantReachable: () => Promise.resolve(true) },
  );
  started.push(server);
  return { server, lines: lines.join('\n') };
}

describe('sign-in mode starts on its database', () => {
  it('on PostgreSQL with CONSOLE_SESSION_SECRET, and logs where without the password', async () => {
    const url = await cluster.createDatabase();
    const { lines } = await start({ DATABASE_URL: url, CONSOLE_SESSION_SECRET: SECRET });
    expect(lines).toMatch(
      /Storage: PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/cmk_test_\d+ \(migrated: 001-sessions\)/,
    );
    expect(lines).not.toContain(TEST_PASSWORD);
  });

  it('on PGlite in CONSOLE_DATA_DIR, generating a session secret there readable by its owner only', async () => {
    const dir = dataDir();
    const { lines } = await start({ CONSOLE_DATA_DIR: dir });
    expect(lines).toContain(`Storage: PGlite in ${dir}`);
    expect(statSync(join(dir, 'session-secret')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8')).toMatch(/^[\w-]{43}$/);
  }, 60_000);
});

describe('start-up refuses, saying why', () => {
  it.each([
    [
      'mysql://u:pw@db.example.com/cmk',
      'DATABASE_URL=mysql://u:***@db.example.com/cmk must start with postgres://',
    ],
    ['db.example.com/cmk', 'DATABASE_URL=(unreadable URL) is not a URL'],
    ['postgres://u:pw@db.example.com', 'names no database'],
  ])('a malformed DATABASE_URL (%s)', async (url, message) => {
    await expect(start({ DATABASE_URL: url, CONSOLE_SESSION_SECRET: SECRET })).rejects.toThrow(
      message,
    );
  });

  it('a DATABASE_URL without CONSOLE_SESSION_SECRET in sign-in mode', async () => {
    const url = await cluster.createDatabase();
    await expect(start({ DATABASE_URL: url })).rejects.toThrow(
      'Sign-in mode with DATABASE_URL needs CONSOLE_SESSION_SECRET (at least 32 characters, the same on every instance)',
    );
  });

  it('a session secret that is too short, naming which of the list', async () => {
    const refusal = start({
      CONSOLE_DATA_DIR: dataDir(),
      CONSOLE_SESSION_SECRET: `${SECRET},short`,
    });
    await expect(refusal).rejects.toThrow('secret 2 of 2 is shorter');
    await expect(refusal).rejects.not.toThrow('short,');
  });

  it('a database that does not answer within CONSOLE_DATABASE_WAIT_SECONDS', async () => {
    const closed = `postgres://postgres:pw@127.0.0.1:1/cmk`;
    const began = Date.now();
    await expect(
      start({
        DATABASE_URL: closed,
        CONSOLE_SESSION_SECRET: SECRET,
        CONSOLE_DATABASE_WAIT_SECONDS: '1',
      }),
    ).rejects.toThrow(
      'PostgreSQL at postgres://postgres:***@127.0.0.1:1/cmk could not be reached within 1 s (ECONNREFUSED)',
    );
    expect(Date.now() - began).toBeLessThan(3_000);
  });

  it('wrong credentials, without waiting and without printing the password', async () => {
    const wrong = cluster.url.replace(TEST_PASSWORD, 'not-the-password');
    const refusal = start({ DATABASE_URL: wrong, CONSOLE_SESSION_SECRET: SECRET });
    await expect(refusal).rejects.toThrow(
      /refused the credentials .*Check the user name and password/,
    );
    await expect(refusal).rejects.not.toThrow('not-the-password');
  });

  it('a schema newer than this console', async () => {
    const url = await cluster.createDatabase();
    const storage = await openConsoleStorage({ kind: 'postgres', url, waitMs: 5_000 });
    await sql`insert into kysely_migration (name, timestamp) values ('900-newer', now()::text)`.execute(
      storage.db,
    );
    await storage.close();
    await expect(start({ DATABASE_URL: url, CONSOLE_SESSION_SECRET: SECRET })).rejects.toThrow(
      'The database cannot be used: the database was migrated by a newer console (migration 900-newer is unknown to this version)',
    );
  });

  it('a data directory that cannot be written', async () => {
    const file = join(dataDir(), 'a-file');
    writeFileSync(file, '');
    await expect(start({ CONSOLE_DATA_DIR: join(file, 'data') })).rejects.toThrow(
      `CONSOLE_DATA_DIR=${join(file, 'data')} cannot be written (ENOTDIR)`,
    );
  });

  it('a second process on the same PGlite directory, naming the first, until the first stops', async () => {
    const dir = dataDir();
    const first = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        CMK_OUT_DIR: makeTestBuild(),
        CONSOLE_DATA_DIR: dir,
        ...SIGN_IN,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(first);
    let output = '';
    first.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let waited = 0; !output.includes('Console: ') && waited < 60_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(output).toContain('Storage: PGlite');
    await expect(start({ CONSOLE_DATA_DIR: dir })).rejects.toThrow(
      new RegExp(
        `CONSOLE_DATA_DIR=${dir} is in use by another console server \\(pid ${first.pid} .*DATABASE_URL \\(PostgreSQL\\)`,
      ),
    );

    const exited = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect((await start({ CONSOLE_DATA_DIR: dir })).lines).toContain(`Storage: PGlite in ${dir}`);
  }, 120_000);
});
