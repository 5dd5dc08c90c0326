import { json } from '../http.ts';
import type { SimOAuthClient } from './directory.ts';
import {
  findClient,
  newToken,
  s256,
  type AccessGrant,
  type OAuthState,
  type RefreshGrant,
  type Revocation,
} from './oauth-state.ts';

/** Form encoding (what generic OAuth libraries send) or JSON (what Qlik's own client sends). */
export async function readOAuthBody(request: Request): Promise<URLSearchParams> {
  const type = request.headers.get('content-type') ?? '';
  const text = await request.text();
  if (!type.includes('json')) return new URLSearchParams(text);
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const entries = Object.entries(body).filter(([, value]) => typeof value === 'string');
    return new URLSearchParams(entries as [string, string][]);
  } catch {
    return new URLSearchParams();
  }
}

export function oauthError(state: OAuthState, status: number, error: string, description: string) {
  if (state.errorStyle === 'qlik') {
    const item = {
      code: `OAUTH-${status}`,
      title: error,
      detail: description,
      status: String(status),
    };
    return json(status, { errors: [item] });
  }
  return json(status, { error, error_description: description }, { 'cache-control': 'no-store' });
}

/** `client_secret_post` or `client_secret_basic`, as Qlik accepts both. */
export function authenticateClient(
  state: OAuthState,
  request: Request,
  body: URLSearchParams,
): SimOAuthClient | undefined {
  let id = body.get('client_id');
  let secret = body.get('client_secret');
  const basic = /^Basic\s+(.+)$/i.exec(request.headers.get('authorization') ?? '');
  if (basic?.[1]) {
    const [user = '', pass = ''] = atob(basic[1]).split(':');
    id = decodeURIComponent(user);
    secret = decodeURIComponent(pass);
  }
  const client = findClient(state, id);
  return client && client.clientSecret === secret ? client : undefined;
}

function issue(state: OAuthState, grant: Omit<AccessGrant, 'expiresAt'>, now: number) {
  const accessToken = newToken('at');
  const expiresAt = now + state.accessTokenTtlMs;
  state.accessTokens.set(accessToken, { ...grant, expiresAt });
  const body: Record<string, unknown> = {
    access_token: accessToken,
    token_type: 'bearer',
    scope: grant.scope,
  };
  if (grant.userId && grant.scope.split(' ').includes('offline_access')) {
    const refreshToken = newToken('rt');
    const refresh: RefreshGrant = {
      userId: grant.userId,
      clientId: grant.clientId,
      scope: grant.scope,
    };
    state.refreshTokens.set(refreshToken, refresh);
    body.refresh_token = refreshToken;
  }
  if (state.expiryStyle === 'expires_at') body.expires_at = new Date(expiresAt).toISOString();
  if (state.expiryStyle === 'expires_in')
    body.expires_in = Math.round(state.accessTokenTtlMs / 1000);
  return json(200, body, { 'cache-control': 'no-store' });
}

async function codeGrant(
  state: OAuthState,
  client: SimOAuthClient,
  body: URLSearchParams,
  now: number,
) {
  const code = body.get('code') ?? '';
  const issued = state.codes.get(code);
  // A code is good once: a replayed one is refused.
  state.codes.delete(code);
  if (!issued || issued.expiresAt <= now || issued.clientId !== client.clientId) {
    return oauthError(
      state,
      400,
      'invalid_grant',
      'The authorization code is unknown, used or expired',
    );
  }
  if (issued.redirectUri !== body.get('redirect_uri')) {
    return oauthError(
      state,
      400,
      'invalid_grant',
      'redirect_uri differs from the authorization request',
    );
  }
  if ((await s256(body.get('code_verifier') ?? '')) !== issued.codeChallenge) {
    return oauthError(
      state,
      400,
      'invalid_grant',
      'code_verifier does not match the code_challenge',
    );
  }
  return issue(
    state,
    { userId: issued.userId, clientId: client.clientId, scope: issued.scope },
    now,
  );
}

function refreshGrant(
  state: OAuthState,
  client: SimOAuthClient,
  body: URLSearchParams,
  now: number,
) {
  const token = body.get('refresh_token') ?? '';
  const grant = state.refreshTokens.get(token);
  if (!grant || grant.clientId !== client.clientId) {
    return oauthError(
      state,
      400,
      'invalid_grant',
      'The refresh token is unknown, revoked or already used',
    );
  }
  // Refresh tokens rotate: the old one is spent.
  state.refreshTokens.delete(token);
  state.refreshed += 1;
  return issue(state, { userId: grant.userId, clientId: client.clientId, scope: grant.scope }, now);
}

export async function tokenEndpoint(state: OAuthState, request: Request, now: number) {
  const body = await readOAuthBody(request);
  const client = authenticateClient(state, request, body);
  if (!client) return oauthError(state, 401, 'invalid_client', 'Unknown client or wrong secret');
  switch (body.get('grant_type')) {
    case 'authorization_code':
      if (client.kind !== 'web') break;
      return codeGrant(state, client, body, now);
    case 'refresh_token':
      if (client.kind !== 'web') break;
      return refreshGrant(state, client, body, now);
    case 'client_credentials':
      if (client.kind !== 'm2m') break;
      return issue(
        state,
        { userId: null, clientId: client.clientId, scope: body.get('scope') ?? '' },
        now,
      );
    default:
      return oauthError(
        state,
        400,
        'unsupported_grant_type',
        `grant_type ${body.get('grant_type') ?? '(none)'} is not supported`,
      );
  }
  return oauthError(
    state,
    400,
    'unauthorized_client',
    `A ${client.kind} client may not use this grant`,
  );
}

/** RFC 7009: 200 whether or not the token was known. */
export async function revokeEndpoint(state: OAuthState, request: Request) {
  const body = await readOAuthBody(request);
  const client = authenticateClient(state, request, body);
  if (!client) return oauthError(state, 401, 'invalid_client', 'Unknown client or wrong secret');
  const token = body.get('token') ?? '';
  const access = state.accessTokens.get(token);
  const refresh = state.refreshTokens.get(token);
  if (access?.clientId === client.clientId) state.accessTokens.delete(token);
  if (refresh?.clientId === client.clientId) state.refreshTokens.delete(token);
  if (access || refresh) state.revoked += 1;
  const grant = access ?? refresh;
  if (grant) {
    const kind: Revocation['kind'] = access ? 'access_token' : 'refresh_token';
    state.revocations = [...state.revocations, { userId: grant.userId, kind }].slice(-100);
  }
  return new Response(null, { status: 200 });
}
