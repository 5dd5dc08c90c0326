import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { migrateToLatest } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { openConsoleStorage, type ConsoleStorage } from './open-database.ts';
import { startPostgresCluster, type PostgresCluster } from './testing/postgres-cluster.ts';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 60_000);
afterAll(() => {
  cluster.stop();
});

const opened: ConsoleStorage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((storage) => storage.close()));
});

const backends: [string, () => Promise<ConsoleStorage>][] = [
  ['PGlite', () => openConsoleStorage({ kind: 'memory' })],
  [
    'PostgreSQL',
    async () =>
      openConsoleStorage({ kind: 'postgres', url: await cluster.createDatabase(), waitMs: 5_000 }),
  ],
];

describe.each(backends)('migrations on %s', (_name, open) => {
  let db: Kysely<unknown>;
  let storage: ConsoleStorage;
  beforeAll(async () => {
    storage = await open();
    opened.push(storage);
    db = storage.db as Kysely<unknown>;
  }, 60_000);

  it('a fresh database gets every migration, in order, and the tables they make', async () => {
    expect(storage.applied).toEqual(Object.keys(MIGRATIONS));
    const tables = (await db.introspection.getTables()).map((table) => table.name);
    expect(tables).toContain('console_session');
  });

  it('a current database is left as it is', async () => {
    await expect(migrateToLatest(db)).resolves.toEqual({ ok: true, applied: [] });
  });

  it('a database a newer console migrated is refused, naming the migration', async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('999-from-a-newer-console', now()::text)`.execute(
      db,
    );
    const outcome = await migrateToLatest(db);
    expect(outcome).toEqual({
      ok: false,
      problem: expect.stringContaining(
        'migrated by a newer console (migration 999-from-a-newer-console is unknown to this version)',
      ) as string,
    });
  });

  it('a migration that fails is named with its reason', async () => {
    const broken = {
      ...MIGRATIONS,
      '998-broken': {
        up: async (target: Kysely<unknown>) => {
          await sql`select * from no_such_table`.execute(target);
        },
      },
    };
    await sql`delete from kysely_migration where name = '999-from-a-newer-console'`.execute(db);
    const outcome = await migrateToLatest(db, broken);
    expect(outcome).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^migration 998-broken failed: .*no_such_table/) as string,
    });
  });
});
