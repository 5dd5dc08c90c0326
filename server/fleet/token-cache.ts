import type { SessionTokens } from '../auth/session-store.ts';
import { needsRefresh } from '../auth/token-expiry.ts';

/**
 * A machine-to-machine access token kept until it expires (by `expires_at`/`expires_in`) or the
 * tenant answers 401, then fetched again. Concurrent callers share one token request.
 */
export function createTokenCache(fetchToken: () => Promise<SessionTokens>, now = Date.now) {
  let current: SessionTokens | null = null;
  let pending: Promise<SessionTokens> | null = null;

  function refresh(): Promise<SessionTokens> {
    pending ??= fetchToken()
      .then((tokens) => {
        current = tokens;
        return tokens;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  return {
    async accessToken(): Promise<string> {
      if (current && !needsRefresh(current.expiresAt, now())) return current.accessToken;
      return (await refresh()).accessToken;
    },
    /** The tenant refused `token` (401): forget it, unless a newer one already replaced it. */
    invalidate(token: string) {
      if (current?.accessToken === token) current = null;
    },
  };
}
