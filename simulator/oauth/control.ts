import type { SimContext } from '../context.ts';
import { json, noBody } from '../http.ts';
import type { ErrorStyle, ExpiryStyle } from './oauth-state.ts';

const EXPIRY_STYLES: readonly ExpiryStyle[] = ['expires_at', 'expires_in', 'none'];
const ERROR_STYLES: readonly ErrorStyle[] = ['oauth', 'qlik'];

/** What tests read: settings and counts, never a token. */
export function oauthSummary(ctx: SimContext) {
  const { oauth } = ctx;
  return {
    accessTokenTtlMs: oauth.accessTokenTtlMs,
    expiryStyle: oauth.expiryStyle,
    errorStyle: oauth.errorStyle,
    activeAccessTokens: oauth.accessTokens.size,
    activeRefreshTokens: oauth.refreshTokens.size,
    refreshed: oauth.refreshed,
    revoked: oauth.revoked,
    revocations: oauth.revocations,
  };
}

/** `{accessTokenTtlMs?, expiryStyle?, errorStyle?}`; a problem in words, or null when applied. */
export function applyOAuthSettings(ctx: SimContext, body: Record<string, unknown>): string | null {
  const { accessTokenTtlMs, expiryStyle, errorStyle } = body;
  if (accessTokenTtlMs !== undefined) {
    if (typeof accessTokenTtlMs !== 'number' || !(accessTokenTtlMs >= 1)) {
      return '"accessTokenTtlMs" must be a number ≥ 1';
    }
  }
  if (expiryStyle !== undefined && !EXPIRY_STYLES.includes(expiryStyle as ExpiryStyle)) {
    return `"expiryStyle" must be one of ${EXPIRY_STYLES.join(', ')}`;
  }
  if (errorStyle !== undefined && !ERROR_STYLES.includes(errorStyle as ErrorStyle)) {
    return `"errorStyle" must be one of ${ERROR_STYLES.join(', ')}`;
  }
  if (typeof accessTokenTtlMs === 'number') ctx.oauth.accessTokenTtlMs = accessTokenTtlMs;
  if (expiryStyle !== undefined) ctx.oauth.expiryStyle = expiryStyle as ExpiryStyle;
  if (errorStyle !== undefined) ctx.oauth.errorStyle = errorStyle as ErrorStyle;
  return null;
}

/** Every access token stops working now; refresh tokens still do (the console should refresh). */
export function expireAccessTokens(ctx: SimContext) {
  ctx.oauth.accessTokens.clear();
  return json(200, oauthSummary(ctx));
}

/** Every token stops working: the next refresh fails and sessions end. */
export function revokeAllTokens(ctx: SimContext) {
  ctx.oauth.accessTokens.clear();
  ctx.oauth.refreshTokens.clear();
  return noBody(204);
}
