import { appendFile, mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ENTRY_LIMITS, entrySchema, type ActivityEntry } from './entry-schema.ts';
import { BadCursor, decodeCursor, encodeCursor } from './page-cursor.ts';
import { linesBackwards } from './read-backwards.ts';

export type { ActivityEntry } from './entry-schema.ts';
export { BadCursor } from './page-cursor.ts';

export interface PageQuery {
  limit: number;
  /** From an earlier page's `nextCursor`; null for the newest entries. */
  cursor: string | null;
}

export interface ActivityPage {
  /** Newest first. */
  entries: ActivityEntry[];
  /** Null when this page holds the oldest entry. */
  nextCursor: string | null;
}

/** Every change that reached the tenant through the console, append-only. */
export interface ActivityLog {
  /** Rejects an entry the schema refuses (wrong shape, or past its bounds). */
  append(entry: ActivityEntry): Promise<void>;
  /** Rejects with `BadCursor` for a cursor this log did not hand out. */
  page(query: PageQuery): Promise<ActivityPage>;
  /** Where it is kept, for the start-up banner; null in memory. */
  readonly file: string | null;
}

function positionOf(cursor: string | null, end: number): number {
  if (cursor === null) return end;
  const position = decodeCursor(cursor);
  if (position === null || position > end) throw new BadCursor();
  return position;
}

export function createMemoryActivityLog(): ActivityLog {
  const entries: ActivityEntry[] = [];
  return {
    file: null,
    // async: a refusal is a rejected promise, as from the file.
    async append(entry) {
      await Promise.resolve();
      entries.push(entrySchema.parse(entry));
    },
    async page({ limit, cursor }) {
      await Promise.resolve();
      const end = positionOf(cursor, entries.length);
      const start = Math.max(0, end - limit);
      const nextCursor = start > 0 ? encodeCursor(start) : null;
      return { entries: entries.slice(start, end).reverse(), nextCursor };
    },
  };
}

async function openForReading(file: string): Promise<FileHandle | null> {
  try {
    return await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A cursor must point at a line's start: the byte before it is a newline. */
async function startsALine(handle: FileHandle, position: number): Promise<boolean> {
  if (position === 0) return true;
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, position - 1);
  return byte[0] === 0x0a;
}

function parseEntry(text: string | null): ActivityEntry | null {
  if (text === null) return null;
  try {
    return entrySchema.parse(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * JSON Lines in `file`: one entry a line, appended (O_APPEND keeps concurrent appends whole).
 * Pages are read from the end, so a restart loses nothing and a page costs what it returns.
 */
export function createFileActivityLog(
  file: string,
  warn: (line: string) => void = console.warn,
): ActivityLog {
  let ready: Promise<unknown> | undefined;
  const ensureFolder = () => (ready ??= mkdir(dirname(file), { recursive: true }));
  return {
    file,
    async append(entry) {
      await ensureFolder();
      await appendFile(file, `${JSON.stringify(entrySchema.parse(entry))}\n`, { flag: 'a' });
    },
    async page({ limit, cursor }) {
      const handle = await openForReading(file);
      if (!handle) {
        if (cursor !== null && decodeCursor(cursor) !== 0) throw new BadCursor();
        return { entries: [], nextCursor: null };
      }
      try {
        const end = positionOf(cursor, (await handle.stat()).size);
        if (!(await startsALine(handle, end))) throw new BadCursor();
        const entries: ActivityEntry[] = [];
        for await (const line of linesBackwards(handle, end, ENTRY_LIMITS.bytes * 2)) {
          const entry = parseEntry(line.text);
          // A line cut short by a crash mid-write, or edited by hand: keep the rest readable.
          if (!entry)
            warn(
              `Activity log ${file}: the line at byte ${String(line.start)} is not an entry; skipped`,
            );
          else if (entries.push(entry) === limit) {
            return { entries, nextCursor: line.start > 0 ? encodeCursor(line.start) : null };
          }
        }
        return { entries, nextCursor: null };
      } finally {
        await handle.close();
      }
    },
  };
}
