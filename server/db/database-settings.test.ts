import { describe, expect, it } from 'vitest';
import { resolveDatabaseSettings } from './database-settings.ts';

describe('database settings from the environment', () => {
  it('PGlite under data/ by default, memory on the simulated tenant', () => {
    expect(resolveDatabaseSettings({}, { cwd: '/srv/cmk' })).toEqual({
      kind: 'pglite',
      dataDir: '/srv/cmk/data',
    });
    expect(resolveDatabaseSettings({ CONSOLE_DATA_DIR: '/var/lib/cmk' })).toEqual({
      kind: 'pglite',
      dataDir: '/var/lib/cmk',
    });
    expect(resolveDatabaseSettings({}, { inMemory: true })).toEqual({ kind: 'memory' });
  });

  it('PostgreSQL at DATABASE_URL, TLS options left in the URL for pg, 10 s wait by default', () => {
    const url = 'postgresql://cmk:pw@db.internal:5432/cmk?sslmode=verify-full';
    expect(resolveDatabaseSettings({ DATABASE_URL: url }, { inMemory: true })).toEqual({
      kind: 'postgres',
      url,
      waitMs: 10_000,
    });
  });

  it('names every problem at once, never the password', () => {
    const problems = () =>
      resolveDatabaseSettings({
        DATABASE_URL: 'postgres://cmk:hunter2@db.internal',
        CONSOLE_DATABASE_WAIT_SECONDS: 'soon',
      });
    expect(problems).toThrow(
      'DATABASE_URL=postgres://cmk:***@db.internal names no database (postgres://user:password@host:5432/DATABASE); CONSOLE_DATABASE_WAIT_SECONDS=soon is not a number of seconds.',
    );
    expect(problems).not.toThrow('hunter2');
  });

  it.each([
    ['0', 'must be at least 1'],
    ['1.5', 'is not a whole number of seconds'],
    ['601', 'must be at most 600'],
  ])('CONSOLE_DATABASE_WAIT_SECONDS=%s %s', (value, message) => {
    expect(() => resolveDatabaseSettings({ CONSOLE_DATABASE_WAIT_SECONDS: value })).toThrow(
      `CONSOLE_DATABASE_WAIT_SECONDS=${value} ${message}`,
    );
  });
});
