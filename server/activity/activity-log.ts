import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as z from 'zod';

const entrySchema = z.object({
  at: z.string(),
  /** The signed-in person; `id` null for the shared API key. */
  actor: z.object({ id: z.string().nullable(), name: z.string() }),
  operation: z.string(),
  provider: z.object({ name: z.string().nullable(), fingerprint: z.string().nullable() }),
  outcome: z.object({ status: z.number(), error: z.string().nullable() }),
});

export type ActivityEntry = z.infer<typeof entrySchema>;

/** Every change made through the console, append-only. */
export interface ActivityLog {
  append(entry: ActivityEntry): Promise<void>;
  /** Newest first. */
  list(): Promise<ActivityEntry[]>;
  /** Where it is kept, for the start-up banner; null in memory. */
  readonly file: string | null;
}

export function createMemoryActivityLog(): ActivityLog {
  const entries: ActivityEntry[] = [];
  return {
    file: null,
    append(entry) {
      entries.push(entry);
      return Promise.resolve();
    },
    list: () => Promise.resolve(entries.toReversed()),
  };
}

function parseLines(text: string, onBadLine: (line: number) => void): ActivityEntry[] {
  const entries: ActivityEntry[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    try {
      entries.push(entrySchema.parse(JSON.parse(line)));
    } catch {
      // A line cut short by a crash mid-write, or edited by hand: keep the rest readable.
      onBadLine(index + 1);
    }
  }
  return entries;
}

/**
 * JSON Lines in `file`: one entry a line, appended (O_APPEND keeps concurrent appends whole),
 * read back at every listing so a restart loses nothing.
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
    async list() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const entries = parseLines(text, (line) => {
        warn(`Activity log ${file}: line ${line} is not an entry; skipped`);
      });
      return entries.reverse();
    },
  };
}
