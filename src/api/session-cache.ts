import type { QueryClient } from '@tanstack/react-query';
import { isSignedOut } from './error-status.ts';
import { queryKeys, sessionQuery } from './queries.ts';
import type { Session } from './session.ts';

/**
 * Any call answered "signed out" ends the session shown, without leaving the page: whatever the
 * person typed stays on screen while they sign in again in another tab.
 */
export function noteSignedOut(client: QueryClient, error: unknown): void {
  if (!isSignedOut(error)) return;
  client.setQueryData(sessionQuery().queryKey, (session): Session | undefined =>
    session?.status === 'signed-in' ? { status: 'ended', user: session.user } : session,
  );
}

const KEPT = new Set<unknown>([queryKeys.session[0], queryKeys.consoleInfo[0]]);

/** After signing out nothing of the session stays in memory: only the console's own mode. */
export function forgetSession(client: QueryClient): void {
  client.setQueryData(sessionQuery().queryKey, { status: 'signed-out' });
  client.removeQueries({ predicate: (query) => !KEPT.has(query.queryKey[0]) });
  client.getMutationCache().clear();
}
