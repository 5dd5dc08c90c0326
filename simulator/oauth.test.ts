import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSimulator, type LogEntry } from './index.ts';
import { API, BASE, call } from './test-support.ts';

const KEY = 'sim-key';
const REDIRECT = 'http://127.0.0.1:4000/auth/callback';
const VERIFIER = 'v'.repeat(64);
const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');

function setup() {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const sim = createSimulator({ apiKey: KEY, now: () => now });
  return { sim, advance: (ms: number) => (now += ms) };
}

const authorizeQuery = (overrides: Record<string, string> = {}) =>
  new URLSearchParams({
    response_type: 'code',
    client_id: 'sim-web-client',
    redirect_uri: REDIRECT,
    scope: 'admin_classic offline_access',
    state: 'st-1',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...overrides,
  });

async function signIn(sim: ReturnType<typeof setup>['sim'], user = 'sim-user-ada') {
  const form = authorizeQuery();
  form.set('user', user);
  const response = await sim.handle(
    new Request(`${BASE}/oauth/authorize`, { method: 'POST', body: form }),
  );
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '');
}

function tokenRequest(fields: Record<string, string>, json = false) {
  const body = json ? JSON.stringify(fields) : new URLSearchParams(fields);
  const headers = json ? { 'content-type': 'application/json' } : undefined;
  return new Request(`${BASE}/oauth/token`, {
    method: 'POST',
    body,
    ...(headers ? { headers } : {}),
  });
}

const web = { client_id: 'sim-web-client', client_secret: 'sim-web-secret' };

async function exchange(sim: ReturnType<typeof setup>['sim'], code: string, json = false) {
  const response = await sim.handle(
    tokenRequest(
      {
        ...web,
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
        code_verifier: VERIFIER,
      },
      json,
    ),
  );
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

describe('simulated OAuth: sign-in', () => {
  it('shows a sign-in page with one button per person', async () => {
    const { sim } = setup();
    const response = await sim.handle(new Request(`${BASE}/oauth/authorize?${authorizeQuery()}`));
    const html = await response.text();
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('Sign in as Ada Admin (tenant admin)');
    expect(html).toContain('Sign in as Nora Analyst (not an admin)');
  });

  it('never redirects to a redirect URI the client does not allow', async () => {
    const { sim } = setup();
    const query = authorizeQuery({ redirect_uri: 'https://evil.example/auth/callback' });
    const response = await sim.handle(new Request(`${BASE}/oauth/authorize?${query}`));
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('requires PKCE with S256', async () => {
    const { sim } = setup();
    const query = authorizeQuery({ code_challenge_method: 'plain' });
    const response = await sim.handle(new Request(`${BASE}/oauth/authorize?${query}`));
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe('st-1');
  });

  it('redirects back with a code and the state, and trades the code once (form or JSON)', async () => {
    const { sim } = setup();
    const callback = await signIn(sim);
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('state')).toBe('st-1');
    const code = callback.searchParams.get('code') ?? '';
    const first = await exchange(sim, code, true);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      token_type: 'bearer',
      scope: 'admin_classic offline_access',
    });
    expect(first.body.expires_at).toBe('2026-01-01T01:00:00.000Z');
    expect(first.body.refresh_token).toMatch(/^rt_/);
    const replay = await exchange(sim, code);
    expect(replay).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('refuses a verifier that does not match the challenge', async () => {
    const { sim } = setup();
    const code = (await signIn(sim)).searchParams.get('code') ?? '';
    const response = await sim.handle(
      tokenRequest({
        ...web,
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
        code_verifier: 'w'.repeat(64),
      }),
    );
    expect(response.status).toBe(400);
  });

  it('says access_denied when the person declines', async () => {
    const { sim } = setup();
    const form = authorizeQuery();
    form.set('user', '');
    const response = await sim.handle(
      new Request(`${BASE}/oauth/authorize`, { method: 'POST', body: form }),
    );
    expect(new URL(response.headers.get('location') ?? '').searchParams.get('error')).toBe(
      'access_denied',
    );
  });
});

describe('simulated OAuth: tokens at the API', () => {
  async function tokensFor(user = 'sim-user-ada') {
    const context = setup();
    const code = (await signIn(context.sim, user)).searchParams.get('code') ?? '';
    return { ...context, tokens: (await exchange(context.sim, code)).body };
  }

  it('lets an admin’s token call the encryption API and logs who called', async () => {
    const { sim, tokens } = await tokensFor();
    const list = await call(sim, 'GET', `${API}/actions/list`, { token: tokens.access_token });
    expect(list.status).toBe(200);
    const log = await call<LogEntry[]>(sim, 'GET', '/__sim/requests', { token: KEY });
    expect(log.body.at(-1)).toMatchObject({
      path: `${API}/actions/list`,
      credential: 'user:sim-user-ada',
    });
  });

  it('answers 403 to a person who is not a tenant admin', async () => {
    const { sim, tokens } = await tokensFor('sim-user-nora');
    const list = await call(sim, 'GET', `${API}/actions/list`, { token: tokens.access_token });
    expect(list.status).toBe(403);
    expect(list.text).toContain('Nora Analyst is not a tenant admin');
  });

  it('answers users/me with a redirect to the user', async () => {
    const { sim, tokens } = await tokensFor();
    const me = await call(sim, 'GET', '/api/v1/users/me', { token: tokens.access_token });
    expect(me.status).toBe(301);
    const location = me.headers.get('location') ?? '';
    const user = await call<{ name: string }>(sim, 'GET', location, { token: tokens.access_token });
    expect(user.body.name).toBe('Ada Admin');
  });

  it('expires access tokens by time and rotates refresh tokens', async () => {
    const { sim, tokens, advance } = await tokensFor();
    advance(60 * 60_000);
    expect(
      (await call(sim, 'GET', `${API}/actions/list`, { token: tokens.access_token })).status,
    ).toBe(401);
    const refresh = {
      ...web,
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
    };
    const first = await sim.handle(tokenRequest(refresh));
    const rotated = (await first.json()) as Record<string, string>;
    expect(rotated.refresh_token).not.toBe(tokens.refresh_token);
    expect(
      (await call(sim, 'GET', `${API}/actions/list`, { token: rotated.access_token })).status,
    ).toBe(200);
    const reused = await sim.handle(tokenRequest(refresh));
    expect(reused.status).toBe(400);
  });

  it('revokes a token', async () => {
    const { sim, tokens } = await tokensFor();
    const revoke = new Request(`${BASE}/oauth/revoke`, {
      method: 'POST',
      body: new URLSearchParams({ ...web, token: tokens.access_token ?? '' }),
    });
    expect((await sim.handle(revoke)).status).toBe(200);
    expect(
      (await call(sim, 'GET', `${API}/actions/list`, { token: tokens.access_token })).status,
    ).toBe(401);
    const summary = await call<{ revoked: number; revocations: unknown[] }>(
      sim,
      'GET',
      '/__sim/oauth',
      { token: KEY },
    );
    expect(summary.body.revoked).toBe(1);
    expect(summary.body.revocations).toEqual([{ userId: 'sim-user-ada', kind: 'access_token' }]);
  });

  it('lets tests expire every access token, or end every session', async () => {
    const { sim, tokens } = await tokensFor();
    await call(sim, 'POST', '/__sim/oauth/expire-access-tokens', { token: KEY });
    expect(
      (await call(sim, 'GET', `${API}/actions/list`, { token: tokens.access_token })).status,
    ).toBe(401);
    await call(sim, 'POST', '/__sim/oauth/revoke-all', { token: KEY });
    const refresh = await sim.handle(
      tokenRequest({
        ...web,
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token ?? '',
      }),
    );
    expect(refresh.status).toBe(400);
  });
});

describe('simulated OAuth: clients and error shapes', () => {
  it('gives a machine-to-machine client a token with Basic authentication', async () => {
    const { sim } = setup();
    const response = await sim.handle(
      new Request(`${BASE}/oauth/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${btoa('sim-m2m-client:sim-m2m-secret')}` },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'admin_classic' }),
      }),
    );
    const body = (await response.json()) as Record<string, string>;
    expect(body.refresh_token).toBeUndefined();
    const list = await call(sim, 'GET', `${API}/actions/list`, { token: body.access_token });
    expect(list.status).toBe(200);
    const log = await call<LogEntry[]>(sim, 'GET', '/__sim/requests', { token: KEY });
    expect(log.body.at(-1)?.credential).toBe('client:sim-m2m-client');
  });

  it('refuses a wrong secret, and a web client asking for client credentials', async () => {
    const { sim } = setup();
    const wrong = await sim.handle(
      tokenRequest({
        grant_type: 'client_credentials',
        client_id: 'sim-m2m-client',
        client_secret: 'x',
      }),
    );
    expect(wrong.status).toBe(401);
    const webCc = await sim.handle(tokenRequest({ ...web, grant_type: 'client_credentials' }));
    expect(((await webCc.json()) as { error: string }).error).toBe('unauthorized_client');
  });

  it('answers in Qlik’s error shape and expires_in when told to', async () => {
    const { sim } = setup();
    await call(sim, 'POST', '/__sim/oauth', {
      token: KEY,
      body: { errorStyle: 'qlik', expiryStyle: 'expires_in' },
    });
    const wrong = await sim.handle(
      tokenRequest({ grant_type: 'client_credentials', client_id: 'nobody' }),
    );
    expect(await wrong.json()).toMatchObject({ errors: [{ title: 'invalid_client' }] });
    const ok = await sim.handle(
      tokenRequest({
        grant_type: 'client_credentials',
        client_id: 'sim-m2m-client',
        client_secret: 'sim-m2m-secret',
      }),
    );
    expect(await ok.json()).toMatchObject({ expires_in: 3600 });
    const bad = await call(sim, 'POST', '/__sim/oauth', {
      token: KEY,
      body: { expiryStyle: 'never' },
    });
    expect(bad.status).toBe(400);
  });
});
