import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'cmk-lock-'));

describe('the data directory lock', () => {
  it('is held once per process and freed by release', () => {
    const path = dir();
    const first = lockDataDir(path);
    expect(first).toHaveProperty('release');
    expect(lockDataDir(path)).toEqual({
      refusal: `CONSOLE_DATA_DIR=${path} is already open in this process; give each server its own CONSOLE_DATA_DIR.`,
    });
    if ('release' in first) first.release();
    expect(existsSync(join(path, LOCK_FILE))).toBe(false);
    const again = lockDataDir(path);
    if ('release' in again) again.release();
    expect(again).toHaveProperty('release');
  });

  it('refuses a lock held on another machine, saying how to free it if that machine is gone', () => {
    const path = dir();
    const owner = { pid: 1, host: `not-${hostname()}`, since: '2026-12-01T00:00:00.000Z' };
    writeFileSync(join(path, LOCK_FILE), JSON.stringify(owner));
    const result = lockDataDir(path);
    expect(result).toHaveProperty(
      'refusal',
      expect.stringContaining(
        `in use by a console server on another machine (pid 1 on ${owner.host}`,
      ) as string,
    );
    expect(result).toHaveProperty(
      'refusal',
      expect.stringContaining(`delete ${join(path, LOCK_FILE)}`) as string,
    );
  });

  it('takes over a lock of a process that no longer runs here', () => {
    const path = dir();
    writeFileSync(
      join(path, LOCK_FILE),
      JSON.stringify({ pid: 2 ** 22 + 3, host: hostname(), since: 'x' }),
    );
    const result = lockDataDir(path);
    expect(result).toHaveProperty('release');
    if ('release' in result) result.release();
  });
});
