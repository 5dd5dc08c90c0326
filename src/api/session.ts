import { ApiError } from './api-error.ts';
import { consoleFetch, consoleJson } from './console-fetch.ts';
import { readErrorResponse } from './read-error-response.ts';

export interface SessionUser {
  id: string;
  name: string;
}

/**
 * `ended`: the session ended while the console was open. The console stays on screen, with what
 * people typed, until they sign in again in another tab. `signed-out`: no session when the page
 * opened, or after signing out: the sign-in page replaces the console.
 */
export type Session =
  | { status: 'signed-in'; user: SessionUser }
  | { status: 'ended'; user: SessionUser }
  | { status: 'signed-out' };

function toSessionUser(body: unknown): SessionUser {
  const user = typeof body === 'object' && body !== null && 'user' in body ? body.user : null;
  if (typeof user === 'object' && user !== null && 'id' in user && 'name' in user) {
    const { id, name } = user;
    if (typeof id === 'string' && typeof name === 'string') return { id, name };
  }
  throw new ApiError({
    operation: 'unknown',
    kind: 'malformed',
    status: 200,
    title: 'The console’s server did not say who is signed in',
  });
}

/** The session now; a 401 after a session this page had means it ended, not "never signed in". */
export async function fetchSession(
  previous: Session | undefined,
  signal?: AbortSignal,
): Promise<Session> {
  const response = await consoleFetch('/auth/session', { signal });
  if (response.status !== 401)
    return { status: 'signed-in', user: toSessionUser(await consoleJson(response)) };
  return previous && previous.status !== 'signed-out'
    ? { status: 'ended', user: previous.user }
    : { status: 'signed-out' };
}

export async function signOut(): Promise<void> {
  const response = await consoleFetch('/auth/logout', { method: 'POST' });
  // 401: the session had already ended, which is what signing out wants.
  if (!response.ok && response.status !== 401) throw await readErrorResponse('unknown', response);
}
