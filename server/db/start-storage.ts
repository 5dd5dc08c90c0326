import { readSetting } from '../common/env-values.ts';
import {
  createDatabaseSessionStore,
  type DatabaseSessionStore,
} from '../auth/database-session-store.ts';
import { generatedSessionSecret, parseSessionSecrets } from '../auth/session-secret.ts';
import { createSealer } from '../auth/token-seal.ts';
import type { ConsoleMode, Env } from '../mode.ts';
import { refuseOnError, StartupRefusal } from '../production/startup-refusal.ts';
import {
  resolveDatabaseSettings,
  withoutPassword,
  type DatabaseSettings,
} from './database-settings.ts';
import { openConsoleStorage } from './open-database.ts';

export interface StartedStorage {
  sessions: DatabaseSessionStore;
  /** The session secrets in force (configured, or the PGlite default): first seals, all open. */
  secrets: readonly string[];
  /** One line for the start-up log: where the data is. */
  summary: string;
  close: () => Promise<void>;
}

function describe(settings: DatabaseSettings, applied: string[]): string {
  const where =
    settings.kind === 'postgres'
      ? `PostgreSQL at ${withoutPassword(settings.url)}`
      : settings.kind === 'pglite'
        ? `PGlite in ${settings.dataDir}`
        : 'memory';
  return `Storage: ${where}${applied.length ? ` (migrated: ${applied.join(', ')})` : ''}`;
}

/**
 * The database for what this mode keeps: today sessions in sign-in mode (other modes open none
 * yet). Refuses (StartupRefusal) a bad setting, an unusable database or a missing secret.
 */
export async function startStorage(
  mode: ConsoleMode,
  env: Env,
  cwd = process.cwd(),
): Promise<StartedStorage | undefined> {
  if (mode.kind !== 'signin') return undefined;
  const settings = refuseOnError(() => resolveDatabaseSettings(env, { cwd }));
  const configured = refuseOnError(() =>
    parseSessionSecrets(readSetting(env, 'CONSOLE_SESSION_SECRET')),
  );
  if (!configured && settings.kind === 'postgres') {
    throw new StartupRefusal(
      'Sign-in mode with DATABASE_URL needs CONSOLE_SESSION_SECRET (at least 32 characters, the same on every instance): it encrypts the sessions kept in the database. Generate one with: openssl rand -base64 32',
    );
  }
  const storage = await openConsoleStorage(settings);
  const secrets =
    configured ?? (settings.kind === 'pglite' ? [generatedSessionSecret(settings.dataDir)] : []);
  const sessions = createDatabaseSessionStore({
    db: storage.db,
    sealer: createSealer(secrets),
    idleMs: mode.signIn.sessionIdleMs,
    absoluteMs: mode.signIn.sessionAbsoluteMs,
  });
  return {
    sessions,
    secrets,
    summary: describe(settings, storage.applied),
    close: async () => {
      sessions.stop();
      await storage.close();
    },
  };
}
