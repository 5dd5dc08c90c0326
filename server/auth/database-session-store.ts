import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ConsoleDatabase } from '../db/schema.ts';
import {
  newSessionId,
  type Session,
  type SessionLifetime,
  type SessionStore,
} from './session-store.ts';
import type { Sealer } from './token-seal.ts';

/** The row's key: a dump of the table holds no id a browser could present. */
const hashOf = (id: string) => createHash('sha256').update(id).digest('base64url');

type Contents = Pick<Session, 'tokens' | 'user'>;

export interface DatabaseSessionStore extends SessionStore {
  /** Deletes every expired row; also runs every `sweepEveryMs` until `stop`. */
  sweep: () => Promise<void>;
  stop: () => void;
}

export interface DatabaseSessionOptions extends SessionLifetime {
  db: Kysely<ConsoleDatabase>;
  sealer: Sealer;
  sweepEveryMs?: number;
}

/**
 * Sessions in the console's database: every instance on it sees the same sessions, and a restart
 * keeps them. Tokens and the person are sealed (AES-GCM, CONSOLE_SESSION_SECRET) with the row's
 * key as associated data, so a row copied onto another id does not open.
 */
export function createDatabaseSessionStore(options: DatabaseSessionOptions): DatabaseSessionStore {
  const { db, sealer, idleMs, absoluteMs, now = Date.now, sweepEveryMs = 60_000 } = options;

  const sweep = async () => {
    const at = now();
    await db
      .deleteFrom('console_session')
      .where((eb) =>
        eb.or([eb('last_seen_at', '<=', at - idleMs), eb('created_at', '<=', at - absoluteMs)]),
      )
      .execute();
  };
  const timer = setInterval(() => void sweep().catch(() => undefined), sweepEveryMs);
  timer.unref();

  const remove = async (idHash: string) => {
    await db.deleteFrom('console_session').where('id_hash', '=', idHash).execute();
  };

  const read = async (
    idHash: string,
  ): Promise<(Contents & Omit<Session, 'id' | 'tokens' | 'user'>) | undefined> => {
    const row = await db
      .selectFrom('console_session')
      .selectAll()
      .where('id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return undefined;
    const plain = await sealer.open(row.sealed, idHash);
    if (plain === undefined) return undefined;
    const contents = JSON.parse(plain) as Contents;
    return { ...contents, createdAt: Number(row.created_at), lastSeenAt: Number(row.last_seen_at) };
  };

  return {
    sweep,
    stop: () => {
      clearInterval(timer);
    },
    async get(id) {
      const idHash = hashOf(id);
      const found = await read(idHash);
      const at = now();
      if (!found || at - found.lastSeenAt >= idleMs || at - found.createdAt >= absoluteMs) {
        // Expired, or sealed under a secret no longer configured: either way signed out.
        await remove(idHash);
        return undefined;
      }
      await db
        .updateTable('console_session')
        .set({ last_seen_at: at })
        .where('id_hash', '=', idHash)
        .execute();
      return {
        id,
        tokens: found.tokens,
        user: found.user,
        createdAt: found.createdAt,
        lastSeenAt: at,
      };
    },
    async create(tokens, user) {
      const at = now();
      const id = newSessionId();
      const idHash = hashOf(id);
      const sealed = await sealer.seal(JSON.stringify({ tokens, user }), idHash);
      await db
        .insertInto('console_session')
        .values({ id_hash: idHash, sealed, created_at: at, last_seen_at: at })
        .execute();
      return { id, tokens, user, createdAt: at, lastSeenAt: at };
    },
    async update(id, change) {
      const idHash = hashOf(id);
      const found = await read(idHash);
      if (!found) return;
      const contents: Contents = {
        tokens: change.tokens ?? found.tokens,
        user: 'user' in change ? (change.user ?? null) : found.user,
      };
      const sealed = await sealer.seal(JSON.stringify(contents), idHash);
      await db
        .updateTable('console_session')
        .set({ sealed })
        .where('id_hash', '=', idHash)
        .execute();
    },
    async delete(id) {
      await remove(hashOf(id));
    },
  };
}
