import type { TokenEndpointResponse } from 'oauth4webapi';

/**
 * When an access token expires, in epoch ms. Qlik has been seen sending an absolute `expires_at`
 * (ISO 8601) instead of the standard `expires_in`; with neither, the token counts as valid until
 * the tenant answers 401.
 */
export function expiresAtOf(response: TokenEndpointResponse, now: number): number | null {
  if (typeof response.expires_in === 'number') return now + response.expires_in * 1000;
  const { expires_at: expiresAt } = response;
  if (typeof expiresAt === 'string') {
    const at = Date.parse(expiresAt);
    return Number.isNaN(at) ? null : at;
  }
  // Some servers send seconds since the epoch.
  if (typeof expiresAt === 'number' && Number.isFinite(expiresAt)) return expiresAt * 1000;
  return null;
}

/** Refresh this long before the stated expiry, so a request in flight does not meet a dead token. */
export const REFRESH_MARGIN_MS = 60_000;

export function needsRefresh(expiresAt: number | null, now: number): boolean {
  return expiresAt !== null && now >= expiresAt - REFRESH_MARGIN_MS;
}
