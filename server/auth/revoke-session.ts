import type { QlikOAuth } from './qlik-oauth.ts';
import type { Session } from './session-store.ts';

/** Revokes a session's tokens at the tenant; a refusal is logged, the session ends anyway. */
export async function revokeSessionTokens(
  oauth: QlikOAuth,
  session: Session,
  log: (line: string) => void,
  step: string,
): Promise<void> {
  const { refreshToken, accessToken } = session.tokens;
  const revocations = [
    ...(refreshToken ? [oauth.revoke(refreshToken, 'refresh_token')] : []),
    oauth.revoke(accessToken, 'access_token'),
  ];
  for (const result of await Promise.allSettled(revocations)) {
    if (result.status === 'rejected') log(`${step}: ${String(result.reason)}`);
  }
}
