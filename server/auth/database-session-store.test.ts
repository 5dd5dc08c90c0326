import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openConsoleStorage, type ConsoleStorage } from '../db/open-database.ts';
import { startPostgresCluster, type PostgresCluster } from '../db/testing/postgres-cluster.ts';
import { createDatabaseSessionStore } from './database-session-store.ts';
import { clockAt, sessionStoreContract } from './session-store-contract.ts';
import type { SessionLifetime } from './session-store.ts';
import { createSealer } from './token-seal.ts';

const OLD_SECRET = 'old-secret-old-secret-old-secret-0001';
const NEW_SECRET = 'new-secret-new-secret-new-secret-0002';
const tokens = { accessToken: 'at_stolen_access', refreshToken: 'rt_stolen_refresh', expiresAt: 9 };
const ada = { id: 'u-ada', name: 'Ada Admin' };

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 60_000);
afterAll(() => {
  cluster.stop();
});

const backends: [string, () => Promise<ConsoleStorage>][] = [
  ['PGlite', () => openConsoleStorage({ kind: 'memory' })],
  [
    'PostgreSQL',
    async () =>
      openConsoleStorage({ kind: 'postgres', url: await cluster.createDatabase(), waitMs: 5_000 }),
  ],
];

describe.each(backends)('database session store on %s', (_name, open) => {
  let storage: ConsoleStorage;
  beforeAll(async () => {
    storage = await open();
  }, 60_000);
  afterAll(async () => {
    await storage.close();
  });
  beforeEach(async () => {
    await storage.db.deleteFrom('console_session').execute();
  });

  const storeWith = (
    secrets: string[],
    lifetime: SessionLifetime = { idleMs: 60_000, absoluteMs: 600_000 },
  ) => createDatabaseSessionStore({ db: storage.db, sealer: createSealer(secrets), ...lifetime });

  describe('the SessionStore contract', () => {
    sessionStoreContract((lifetime) => Promise.resolve(storeWith([NEW_SECRET], lifetime)));
  });

  it('keeps neither the session id nor a token in the row', async () => {
    const session = await storeWith([NEW_SECRET]).create(tokens, ada);
    const rows = await storage.db.selectFrom('console_session').selectAll().execute();
    expect(rows).toHaveLength(1);
    const dump = JSON.stringify(rows);
    for (const secret of [session.id, tokens.accessToken, tokens.refreshToken, ada.name]) {
      expect(dump).not.toContain(secret);
    }
  });

  it('another instance on the same database (or this one after a restart) finds the session', async () => {
    const { id } = await storeWith([NEW_SECRET]).create(tokens, ada);
    expect(await storeWith([NEW_SECRET]).get(id)).toMatchObject({ tokens, user: ada });
  });

  it('after rotation (new secret first, old second) old sessions still open and new ones use the new secret', async () => {
    const old = await storeWith([OLD_SECRET]).create(tokens, ada);
    const rotated = storeWith([NEW_SECRET, OLD_SECRET]);
    expect(await rotated.get(old.id)).toMatchObject({ tokens });
    const fresh = await rotated.create(tokens, ada);
    expect(await storeWith([NEW_SECRET]).get(fresh.id)).toMatchObject({ tokens });
  });

  it('a session sealed under a secret no longer configured is signed out, not an error', async () => {
    const { id } = await storeWith([OLD_SECRET]).create(tokens, ada);
    await expect(storeWith([NEW_SECRET]).get(id)).resolves.toBeUndefined();
  });

  it('a row copied onto another session does not open', async () => {
    const store = storeWith([NEW_SECRET]);
    const ada1 = await store.create(tokens, ada);
    const other = await store.create({ ...tokens, accessToken: 'at_other' }, null);
    const [row] = await storage.db
      .selectFrom('console_session')
      .select('sealed')
      .where('last_seen_at', '>', 0)
      .orderBy('id_hash')
      .execute();
    await storage.db
      .updateTable('console_session')
      .set({ sealed: row?.sealed ?? '' })
      .execute();
    const opened = [await store.get(ada1.id), await store.get(other.id)].filter(Boolean);
    expect(opened).toHaveLength(1);
  });

  it('removes expired rows on its sweep', async () => {
    const clock = clockAt();
    const store = storeWith([NEW_SECRET], { idleMs: 1_000, absoluteMs: 5_000, now: clock.now });
    await store.create(tokens, ada);
    clock.advance(500);
    const { id: live } = await store.create(tokens, ada);
    clock.advance(600);
    await store.sweep();
    const left = await storage.db.selectFrom('console_session').select('id_hash').execute();
    expect(left).toHaveLength(1);
    expect(await store.get(live)).toBeDefined();
  });
});

describe('database session store on PGlite in a data directory', () => {
  it('a restart keeps the session', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cmk-sessions-'));
    const first = await openConsoleStorage({ kind: 'pglite', dataDir });
    const lifetime = { idleMs: 60_000, absoluteMs: 600_000 };
    const sealer = createSealer([NEW_SECRET]);
    const { id } = await createDatabaseSessionStore({ db: first.db, sealer, ...lifetime }).create(
      tokens,
      ada,
    );
    await first.close();
    const second = await openConsoleStorage({ kind: 'pglite', dataDir });
    const again = createDatabaseSessionStore({ db: second.db, sealer, ...lifetime });
    expect(await again.get(id)).toMatchObject({ tokens, user: ada });
    await second.close();
  }, 60_000);
});
