import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { StartupRefusal } from '../production/startup-refusal.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { withoutPassword, type DatabaseSettings } from './database-settings.ts';
import { migrateToLatest } from './migrate.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { ConsoleDatabase } from './schema.ts';
import { describePostgresFailure, isTransient } from './postgres-failure.ts';
import { join } from 'node:path';

export interface ConsoleStorage {
  db: Kysely<ConsoleDatabase>;
  settings: DatabaseSettings;
  /** Migrations applied by this start (empty when the schema was current). */
  applied: string[];
  close: () => Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openPostgres(url: string, waitMs: number): Promise<Kysely<ConsoleDatabase>> {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: Math.min(waitMs, 3000),
  });
  // An idle connection the server closed must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      (await pool.connect()).release();
      return new Kysely<ConsoleDatabase>({ dialect: new PostgresDialect({ pool }) });
    } catch (error) {
      if (!isTransient(error) || Date.now() + 250 >= deadline) {
        await pool.end();
        const where = withoutPassword(url);
        throw new StartupRefusal(describePostgresFailure(error, where, waitMs));
      }
      await pause(250);
    }
  }
}

function writeProblem(dir: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return `CONSOLE_DATA_DIR=${dir} cannot be written (${code}): make it a directory this user (uid ${process.getuid?.() ?? '?'}) can write, or point CONSOLE_DATA_DIR elsewhere.`;
}

async function openPGlite(dataDir: string | undefined) {
  let release = (): void => undefined;
  if (dataDir) {
    let lock;
    try {
      lock = lockDataDir(dataDir);
    } catch (error) {
      throw new StartupRefusal(writeProblem(dataDir, error));
    }
    if ('refusal' in lock) throw new StartupRefusal(lock.refusal);
    release = lock.release;
  }
  try {
    const pglite = dataDir ? new PGlite(join(dataDir, 'pglite')) : new PGlite();
    await pglite.waitReady;
    const db = new Kysely<ConsoleDatabase>({ dialect: new PGliteDialect(pglite) });
    return { db, release };
  } catch (error) {
    release();
    if (dataDir && (error as NodeJS.ErrnoException).code) {
      throw new StartupRefusal(writeProblem(dataDir, error));
    }
    throw error;
  }
}

/** Opens the configured database and migrates it, or throws a StartupRefusal saying why not. */
export async function openConsoleStorage(settings: DatabaseSettings): Promise<ConsoleStorage> {
  let db: Kysely<ConsoleDatabase>;
  let release = (): void => undefined;
  if (settings.kind === 'postgres') {
    db = await openPostgres(settings.url, settings.waitMs);
  } else {
    ({ db, release } = await openPGlite(settings.kind === 'pglite' ? settings.dataDir : undefined));
  }
  const close = async () => {
    await db.destroy();
    release();
  };
  const outcome = await migrateToLatest(db as Kysely<unknown>).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  if (!outcome.ok) {
    await close();
    throw new StartupRefusal(`The database cannot be used: ${outcome.problem}`);
  }
  return { db, settings, applied: outcome.applied, close };
}
