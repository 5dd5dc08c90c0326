import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OAuthFailure } from './oauth-failure.ts';
import { createQlikOAuth } from './qlik-oauth.ts';

const TENANT = 'https://acme.eu.qlikcloud.com';
const NOW = Date.parse('2026-01-01T00:00:00Z');

interface Seen {
  url: string;
  form: URLSearchParams;
}

/** A token endpoint that records what it was sent and answers `reply`. */
function tenant(reply: (form: URLSearchParams) => Response) {
  const seen: Seen[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const form = new URLSearchParams(await request.text());
    seen.push({ url: request.url, form });
    return reply(form);
  };
  const oauth = createQlikOAuth({
    tenantUrl: TENANT,
    clientId: 'client-1',
    clientSecret: 'secret-1',
    redirectUri: 'https://console.example/auth/callback',
    scopes: ['admin_classic', 'offline_access'],
    fetch,
    now: () => NOW,
  });
  return { oauth, seen };
}

const tokens = (extra: Record<string, unknown> = {}) =>
  Response.json({ access_token: 'at-1', token_type: 'bearer', ...extra });

describe('Qlik OAuth client', () => {
  it('starts sign-in at the tenant with state and an S256 challenge', async () => {
    const { oauth } = tenant(() => tokens());
    const { url, pending } = await oauth.startSignIn();
    expect(url.origin + url.pathname).toBe(`${TENANT}/oauth/authorize`);
    const query = url.searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: 'https://console.example/auth/callback',
      scope: 'admin_classic offline_access',
      state: pending.state,
      code_challenge_method: 'S256',
    });
    const challenge = createHash('sha256').update(pending.codeVerifier).digest('base64url');
    expect(query.get('code_challenge')).toBe(challenge);
    const second = await oauth.startSignIn();
    expect(second.pending.state).not.toBe(pending.state);
  });

  it('trades the code with the verifier and reads expires_in', async () => {
    const { oauth, seen } = tenant(() => tokens({ refresh_token: 'rt-1', expires_in: 3600 }));
    const { pending } = await oauth.startSignIn();
    const callback = new URL(
      `https://console.example/auth/callback?code=c1&state=${pending.state}`,
    );
    const result = await oauth.finishSignIn(callback, pending);
    expect(result).toEqual({
      accessToken: 'at-1',
      refreshToken: 'rt-1',
      expiresAt: NOW + 3_600_000,
    });
    expect(seen[0]?.url).toBe(`${TENANT}/oauth/token`);
    expect(Object.fromEntries(seen[0]?.form ?? [])).toMatchObject({
      grant_type: 'authorization_code',
      code: 'c1',
      code_verifier: pending.codeVerifier,
      redirect_uri: 'https://console.example/auth/callback',
      client_id: 'client-1',
      client_secret: 'secret-1',
    });
  });

  it('reads Qlik’s expires_at, and treats a token with neither as open-ended', async () => {
    const at = '2026-01-01T01:30:00.000Z';
    const withAt = tenant(() => tokens({ expires_at: at }));
    expect((await withAt.oauth.refresh('rt')).expiresAt).toBe(Date.parse(at));
    const without = tenant(() => tokens());
    expect((await without.oauth.refresh('rt')).expiresAt).toBeNull();
  });

  it('refuses a callback whose state is not the one this browser started, before any request', async () => {
    const { oauth, seen } = tenant(() => tokens());
    const { pending } = await oauth.startSignIn();
    const forged = new URL('https://console.example/auth/callback?code=c1&state=forged');
    await expect(oauth.finishSignIn(forged, pending)).rejects.toBeInstanceOf(OAuthFailure);
    const missing = new URL('https://console.example/auth/callback?code=c1');
    await expect(oauth.finishSignIn(missing, pending)).rejects.toBeInstanceOf(OAuthFailure);
    expect(seen).toEqual([]);
  });

  it('says why when the person declined at the tenant', async () => {
    const { oauth, seen } = tenant(() => tokens());
    const { pending } = await oauth.startSignIn();
    const declined = new URL(
      `https://console.example/auth/callback?error=access_denied&error_description=User+declined&state=${pending.state}`,
    );
    await expect(oauth.finishSignIn(declined, pending)).rejects.toThrow('User declined');
    expect(seen).toEqual([]);
  });

  it('keeps the rotated refresh token, or the old one when none comes back', async () => {
    const rotating = tenant(() => tokens({ refresh_token: 'rt-2' }));
    expect((await rotating.oauth.refresh('rt-1')).refreshToken).toBe('rt-2');
    expect(Object.fromEntries(rotating.seen[0]?.form ?? [])).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: 'rt-1',
    });
    const keeping = tenant(() => tokens());
    expect((await keeping.oauth.refresh('rt-1')).refreshToken).toBe('rt-1');
  });

  it('maps the OAuth error shape to one message', async () => {
    const { oauth } = tenant(() =>
      Response.json(
        { error: 'invalid_grant', error_description: 'Refresh token expired' },
        { status: 400 },
      ),
    );
    const failure = await oauth.refresh('rt').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OAuthFailure);
    expect(failure).toMatchObject({
      message: 'Refreshing the session failed: Refresh token expired',
      code: 'invalid_grant',
      status: 400,
    });
  });

  it('maps Qlik’s error shape to one message', async () => {
    const { oauth } = tenant(() =>
      Response.json(
        { errors: [{ code: 'OAUTH-1', title: 'Invalid client', detail: 'Unknown client id' }] },
        { status: 401 },
      ),
    );
    await expect(oauth.clientCredentials()).rejects.toMatchObject({
      message: 'Getting a token for the client failed: Invalid client: Unknown client id',
      code: 'OAUTH-1',
      status: 401,
    });
  });

  it('says when the tenant cannot be reached', async () => {
    const { oauth } = tenant(() => {
      throw new TypeError('fetch failed');
    });
    await expect(oauth.refresh('rt')).rejects.toMatchObject({ status: null });
  });

  it('revokes with a token type hint', async () => {
    const { oauth, seen } = tenant(() => new Response(null, { status: 200 }));
    await oauth.revoke('rt-9', 'refresh_token');
    expect(seen[0]?.url).toBe(`${TENANT}/oauth/revoke`);
    expect(Object.fromEntries(seen[0]?.form ?? [])).toMatchObject({
      token: 'rt-9',
      token_type_hint: 'refresh_token',
    });
  });

  it('gets a machine-to-machine token with the client credentials grant', async () => {
    const { oauth, seen } = tenant(() => tokens({ expires_in: 60 }));
    expect(await oauth.clientCredentials()).toEqual({
      accessToken: 'at-1',
      refreshToken: null,
      expiresAt: NOW + 60_000,
    });
    expect(seen[0]?.form.get('grant_type')).toBe('client_credentials');
  });
});
