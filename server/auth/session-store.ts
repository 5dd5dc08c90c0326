import { randomBytes } from 'node:crypto';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch ms; null when the tenant said neither `expires_at` nor `expires_in` (valid until a 401). */
  expiresAt: number | null;
}

export interface SessionUser {
  id: string;
  name: string;
}

export interface Session {
  id: string;
  tokens: SessionTokens;
  user: SessionUser | null;
  createdAt: number;
  lastSeenAt: number;
}

/**
 * Where signed-in sessions live. One small interface so that a shared store (Redis, a database)
 * can replace the in-memory one when the console runs on several instances.
 */
export interface SessionStore {
  /** The live session with this id, its idle clock restarted; undefined when unknown or expired. */
  get(id: string): Promise<Session | undefined>;
  /** A new session with a fresh, unguessable id (never one the browser proposed). */
  create(tokens: SessionTokens, user: SessionUser | null): Promise<Session>;
  update(id: string, change: Partial<Pick<Session, 'tokens' | 'user'>>): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface SessionLifetime {
  idleMs: number;
  absoluteMs: number;
  now?: () => number;
}

export const DEFAULT_IDLE_MS = 30 * 60_000;
export const DEFAULT_ABSOLUTE_MS = 12 * 60 * 60_000;

export const newSessionId = () => randomBytes(32).toString('base64url');

export function createMemorySessionStore(lifetime: SessionLifetime): SessionStore {
  const { idleMs, absoluteMs, now = Date.now } = lifetime;
  const sessions = new Map<string, Session>();

  const expired = (session: Session, at: number) =>
    at - session.lastSeenAt >= idleMs || at - session.createdAt >= absoluteMs;

  function sweep(at: number) {
    for (const [id, session] of sessions) if (expired(session, at)) sessions.delete(id);
  }

  return {
    get(id) {
      const session = sessions.get(id);
      const at = now();
      if (!session) return Promise.resolve(undefined);
      if (expired(session, at)) {
        sessions.delete(id);
        return Promise.resolve(undefined);
      }
      session.lastSeenAt = at;
      return Promise.resolve(session);
    },
    create(tokens, user) {
      const at = now();
      sweep(at);
      const session: Session = { id: newSessionId(), tokens, user, createdAt: at, lastSeenAt: at };
      sessions.set(session.id, session);
      return Promise.resolve(session);
    },
    update(id, change) {
      const session = sessions.get(id);
      if (session) Object.assign(session, change);
      return Promise.resolve();
    },
    delete(id) {
      sessions.delete(id);
      return Promise.resolve();
    },
  };
}
