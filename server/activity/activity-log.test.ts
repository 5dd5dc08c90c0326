import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createFileActivityLog,
  createMemoryActivityLog,
  type ActivityEntry,
} from './activity-log.ts';

const entry = (at: string, operation = 'deleteKeyProvider'): ActivityEntry => ({
  at,
  actor: { id: 'u1', name: 'Ada Admin' },
  operation,
  provider: { name: 'CMK - 01', fingerprint: '9f35' },
  outcome: { status: 204, error: null },
});

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'activity-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('file activity log', () => {
  it('appends JSON lines, creating its folder, and lists newest first', async () => {
    const file = join(folder, 'data', 'activity.jsonl');
    const log = createFileActivityLog(file);
    expect(await log.list()).toEqual([]);
    await log.append(entry('2026-01-01T00:00:00.000Z'));
    await log.append(entry('2026-01-02T00:00:00.000Z', 'patchKeyProvider'));
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')).toEqual(entry('2026-01-01T00:00:00.000Z'));
    expect((await log.list()).map((item) => item.operation)).toEqual([
      'patchKeyProvider',
      'deleteKeyProvider',
    ]);
  });

  it('reads what an earlier run wrote (a restart loses nothing)', async () => {
    const file = join(folder, 'activity.jsonl');
    await createFileActivityLog(file).append(entry('2026-01-01T00:00:00.000Z'));
    const restarted = createFileActivityLog(file);
    await restarted.append(entry('2026-01-03T00:00:00.000Z'));
    expect((await restarted.list()).map((item) => item.at)).toEqual([
      '2026-01-03T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
    ]);
  });

  it('skips a line cut short by a crash and says so', async () => {
    const file = join(folder, 'activity.jsonl');
    const warnings: string[] = [];
    const log = createFileActivityLog(file, (line) => warnings.push(line));
    await log.append(entry('2026-01-01T00:00:00.000Z'));
    await appendFile(file, '{"at":"2026-01-02T0\n');
    await log.append(entry('2026-01-03T00:00:00.000Z'));
    expect(await log.list()).toHaveLength(2);
    expect(warnings).toEqual([`Activity log ${file}: line 2 is not an entry; skipped`]);
  });

  it('refuses to write an entry that is not one', async () => {
    const log = createFileActivityLog(join(folder, 'a.jsonl'));
    const broken = { ...entry('2026-01-01T00:00:00.000Z'), outcome: { status: 'ok' } };
    await expect(log.append(broken as unknown as ActivityEntry)).rejects.toThrow();
  });
});

describe('memory activity log', () => {
  it('lists newest first', async () => {
    const log = createMemoryActivityLog();
    await log.append(entry('2026-01-01T00:00:00.000Z', 'a'));
    await log.append(entry('2026-01-02T00:00:00.000Z', 'b'));
    expect((await log.list()).map((item) => item.operation)).toEqual(['b', 'a']);
    expect(log.file).toBeNull();
  });
});
