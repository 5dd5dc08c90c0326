import type { ColumnType } from 'kysely';

/** Epoch milliseconds in a `bigint` column: `pg` reads int8 as a string, PGlite as a number. */
export type EpochMs = ColumnType<string | number, number, number>;

export interface ConsoleSessionTable {
  /** SHA-256 of the cookie's session id: a copy of the table gives no cookie. */
  id_hash: string;
  /** The tokens and the person, AES-GCM under CONSOLE_SESSION_SECRET (auth/token-seal.ts). */
  sealed: string;
  created_at: EpochMs;
  last_seen_at: EpochMs;
}

/** Every table the console's queries may name; a migration adds its table here too. */
export interface ConsoleDatabase {
  console_session: ConsoleSessionTable;
}
