import type { Migration } from 'kysely';
import { sessions } from './001-sessions.ts';

/**
 * Every migration the code knows, in order. Bundled into the server build (no folder is read at run
 * time). Names are never renamed or removed: the database records them, and a name it holds that
 * is not here means a newer console migrated it (see migrate.ts).
 */
export const MIGRATIONS: Record<string, Migration> = {
  '001-sessions': sessions,
};
