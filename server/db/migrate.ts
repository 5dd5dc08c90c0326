import { Migrator, type Kysely } from 'kysely';
import { MIGRATIONS } from './migrations/index.ts';

type MigrationRecord = {
  kysely_migration: { name: string };
};

/** Names the database has applied that this code does not know: a newer console migrated it. */
async function unknownMigrations(db: Kysely<unknown>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === 'kysely_migration')) return [];
  const applied = await db
    .withTables<MigrationRecord>()
    .selectFrom('kysely_migration')
    .select('name')
    .orderBy('name')
    .execute();
  return applied.map((row) => row.name).filter((name) => !(name in MIGRATIONS));
}

export type MigrationOutcome = { ok: true; applied: string[] } | { ok: false; problem: string };

/**
 * Brings the schema to this code's version. Kysely's migrator takes a lock in the database
 * (PostgreSQL: an advisory lock), so instances starting together migrate once.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  migrations = MIGRATIONS,
): Promise<MigrationOutcome> {
  const unknown = await unknownMigrations(db);
  if (unknown.length > 0) {
    return {
      ok: false,
      problem: `the database was migrated by a newer console (migration ${unknown.join(', ')} is unknown to this version). Run the newer version, or restore a backup taken before it.`,
    };
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    return { ok: false, problem: `migration ${failed} failed: ${reason}` };
  }
  return { ok: true, applied: results.map((result) => result.migrationName) };
}
