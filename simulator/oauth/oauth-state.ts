import { DEFAULT_OAUTH_CLIENTS, type SimOAuthClient } from './directory.ts';

/** How the token endpoint states expiry: Qlik has been seen sending each of these. */
export type ExpiryStyle = 'expires_at' | 'expires_in' | 'none';

export interface IssuedCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  userId: string;
  scope: string;
  expiresAt: number;
}

export interface AccessGrant {
  /** Null for a machine-to-machine token. */
  userId: string | null;
  clientId: string;
  scope: string;
  expiresAt: number;
}

export interface RefreshGrant {
  userId: string;
  clientId: string;
  scope: string;
}

/** A token the console revoked: whose and which kind, never the token itself. */
export interface Revocation {
  userId: string | null;
  kind: 'access_token' | 'refresh_token';
}

/** Token and revoke errors: OAuth's `{error, error_description}` or Qlik's `{errors: [...]}`. */
export type ErrorStyle = 'oauth' | 'qlik';

export interface OAuthState {
  clients: readonly SimOAuthClient[];
  codes: Map<string, IssuedCode>;
  accessTokens: Map<string, AccessGrant>;
  refreshTokens: Map<string, RefreshGrant>;
  accessTokenTtlMs: number;
  expiryStyle: ExpiryStyle;
  errorStyle: ErrorStyle;
  /** Counts for tests: what the console revoked and refreshed. */
  revoked: number;
  refreshed: number;
  /** The latest revocations, oldest first (bounded). */
  revocations: Revocation[];
}

export const DEFAULT_ACCESS_TOKEN_TTL_MS = 60 * 60_000;
export const CODE_TTL_MS = 60_000;

export function createOAuthState(clients: readonly SimOAuthClient[] = DEFAULT_OAUTH_CLIENTS) {
  const state: OAuthState = {
    clients,
    codes: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    accessTokenTtlMs: DEFAULT_ACCESS_TOKEN_TTL_MS,
    expiryStyle: 'expires_at',
    errorStyle: 'oauth',
    revoked: 0,
    refreshed: 0,
    revocations: [],
  };
  return state;
}

/** Web Crypto, so the simulator also runs in the demo build's page. */
export function newToken(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `${prefix}_${base64url(bytes)}`;
}

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

export function findClient(state: OAuthState, clientId: string | null) {
  return state.clients.find((client) => client.clientId === clientId);
}

/** The live grant behind an access token, or undefined when unknown, revoked or expired. */
export function liveAccessGrant(state: OAuthState, token: string, now: number) {
  const grant = state.accessTokens.get(token);
  if (!grant) return undefined;
  if (grant.expiresAt <= now) {
    state.accessTokens.delete(token);
    return undefined;
  }
  return grant;
}
