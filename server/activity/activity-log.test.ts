import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BadCursor,
  createFileActivityLog,
  createMemoryActivityLog,
  type ActivityEntry,
  type ActivityLog,
} from './activity-log.ts';
import { encodeCursor } from './page-cursor.ts';

const entry = (at: string, operation: ActivityEntry['operation'] = 'deleteKeyProvider') => ({
  at,
  actor: { id: 'u1', name: 'Ada Admin' },
  operation,
  provider: { name: 'CMK - 01', fingerprint: '9f35' },
  outcome: { status: 204, error: null },
});
const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}T00:00:00.000Z`;

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'activity-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function allPages(log: ActivityLog, limit: number) {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = await log.page({ limit, cursor });
    pages.push(page.entries.map((item) => item.at));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return pages;
}

describe.each([
  ['file', () => createFileActivityLog(join(folder, 'data', 'activity.jsonl'))],
  ['memory', () => createMemoryActivityLog()],
])('%s activity log', (_kind, create) => {
  it('pages newest first and ends with a null cursor', async () => {
    const log = create();
    expect(await log.page({ limit: 2, cursor: null })).toEqual({ entries: [], nextCursor: null });
    for (const n of [1, 2, 3, 4, 5]) await log.append(entry(day(n)));
    expect(await allPages(log, 2)).toEqual([[day(5), day(4)], [day(3), day(2)], [day(1)]]);
    expect(await allPages(log, 5)).toEqual([[day(5), day(4), day(3), day(2), day(1)]]);
  });

  it('keeps a cursor stable while newer entries arrive', async () => {
    const log = create();
    for (const n of [1, 2, 3]) await log.append(entry(day(n)));
    const first = await log.page({ limit: 1, cursor: null });
    await log.append(entry(day(4)));
    const second = await log.page({ limit: 5, cursor: first.nextCursor });
    expect(second.entries.map((item) => item.at)).toEqual([day(2), day(1)]);
  });

  it.each(['garbage!', encodeCursor(10_000), 'cA'])(
    'refuses cursor %s it did not hand out',
    async (cursor) => {
      const log = create();
      await log.append(entry(day(1)));
      await expect(log.page({ limit: 1, cursor })).rejects.toBeInstanceOf(BadCursor);
    },
  );

  it('refuses entries past their bounds or of the wrong shape', async () => {
    const log = create();
    const long = (length: number) => 'x'.repeat(length);
    const refused = [
      { ...entry(day(1)), outcome: { status: 'ok', error: null } },
      { ...entry(day(1)), operation: 'formatDisk' },
      { ...entry(day(1)), at: '=HYPERLINK("x")' },
      { ...entry(day(1)), provider: { name: long(257), fingerprint: null } },
      { ...entry(day(1)), provider: { name: null, fingerprint: long(129) } },
      { ...entry(day(1)), actor: { id: null, name: long(201) } },
      { ...entry(day(1)), outcome: { status: 500, error: long(301) } },
      // Within each field's bound, past the entry's: control characters escape to 6 bytes each.
      {
        ...entry(day(1)),
        provider: { name: '\u0001'.repeat(256), fingerprint: '\u0001'.repeat(128) },
      },
    ];
    for (const broken of refused) {
      await expect(log.append(broken as unknown as ActivityEntry)).rejects.toThrow();
    }
    expect((await log.page({ limit: 10, cursor: null })).entries).toEqual([]);
  });
});

describe('file activity log', () => {
  it('appends JSON lines, creating its folder', async () => {
    const file = join(folder, 'data', 'activity.jsonl');
    const log = createFileActivityLog(file);
    await log.append(entry(day(1)));
    await log.append(entry(day(2), 'patchKeyProvider'));
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      entry(day(1)),
      entry(day(2), 'patchKeyProvider'),
    ]);
  });

  it('reads what an earlier run wrote (a restart loses nothing)', async () => {
    const file = join(folder, 'activity.jsonl');
    await createFileActivityLog(file).append(entry(day(1)));
    const restarted = createFileActivityLog(file);
    await restarted.append(entry(day(3)));
    expect(await allPages(restarted, 10)).toEqual([[day(3), day(1)]]);
  });

  it('skips a line cut short by a crash, and a huge hand-made line, and says so', async () => {
    const file = join(folder, 'activity.jsonl');
    const warnings: string[] = [];
    const log = createFileActivityLog(file, (line) => warnings.push(line));
    await log.append(entry(day(1)));
    await appendFile(file, '{"at":"2026-01-02T0\n');
    await appendFile(file, `${'y'.repeat(200_000)}\n`);
    await log.append(entry(day(3)));
    expect(await allPages(log, 10)).toEqual([[day(3), day(1)]]);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/activity\.jsonl: the line at byte \d+ is not an entry; skipped/);
  });

  it('reads a page from the end: its cost does not grow with the file', async () => {
    const file = join(folder, 'activity.jsonl');
    const log = createFileActivityLog(file);
    const line = `${JSON.stringify(entry(day(1)))}\n`;
    await appendFile(file, line.repeat(20_000));
    await log.append(entry(day(9)));
    expect((await stat(file)).size).toBeGreaterThan(3_000_000);
    const started = performance.now();
    const page = await log.page({ limit: 3, cursor: null });
    expect(page.entries.map((item) => item.at)).toEqual([day(9), day(1), day(1)]);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses a cursor that points into the middle of a line', async () => {
    const log = createFileActivityLog(join(folder, 'activity.jsonl'));
    await log.append(entry(day(1)));
    await log.append(entry(day(2)));
    await expect(log.page({ limit: 1, cursor: encodeCursor(5) })).rejects.toBeInstanceOf(BadCursor);
  });
});
