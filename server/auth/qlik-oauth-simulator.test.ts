import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import { createQlikOAuth } from './qlik-oauth.ts';

const TENANT = 'http://127.0.0.1:4999';
const REDIRECT = 'http://127.0.0.1:5000/auth/callback';

/** The certified client against the simulated tenant: what the console will really send. */
function setup() {
  const sim = createSimulator({ apiKey: 'key' });
  const fetch = (input: string | URL | Request, init?: RequestInit) =>
    sim.handle(new Request(input, init));
  const oauth = (clientId: string, clientSecret: string) =>
    createQlikOAuth({
      tenantUrl: TENANT,
      clientId,
      clientSecret,
      redirectUri: REDIRECT,
      scopes: ['admin_classic', 'offline_access'],
      fetch,
    });
  return { sim, oauth };
}

async function chooseUser(sim: ReturnType<typeof setup>['sim'], authorizeUrl: URL, user: string) {
  const form = new URLSearchParams(authorizeUrl.searchParams);
  form.set('user', user);
  const response = await sim.handle(
    new Request(`${TENANT}/oauth/authorize`, { method: 'POST', body: form }),
  );
  return new URL(response.headers.get('location') ?? '');
}

describe('Qlik OAuth client against the simulated tenant', () => {
  it('signs in with PKCE, refreshes with rotation, and revokes', async () => {
    const { sim, oauth } = setup();
    const client = oauth('sim-web-client', 'sim-web-secret');
    const { url, pending } = await client.startSignIn();
    const callback = await chooseUser(sim, url, 'sim-user-ada');
    const tokens = await client.finishSignIn(callback, pending);
    expect(tokens.expiresAt).toBeGreaterThan(Date.now());
    const refreshed = await client.refresh(tokens.refreshToken ?? '');
    expect(refreshed.refreshToken).not.toBe(tokens.refreshToken);
    await expect(client.refresh(tokens.refreshToken ?? '')).rejects.toMatchObject({
      code: 'invalid_grant',
    });
    await client.revoke(refreshed.refreshToken ?? '', 'refresh_token');
    await expect(client.refresh(refreshed.refreshToken ?? '')).rejects.toThrow(
      /Refreshing the session failed/,
    );
  });

  it('refuses a callback from another sign-in before the token endpoint is asked', async () => {
    const { sim, oauth } = setup();
    const client = oauth('sim-web-client', 'sim-web-secret');
    const mine = await client.startSignIn();
    const theirs = await client.startSignIn();
    const callback = await chooseUser(sim, theirs.url, 'sim-user-ada');
    await sim.handle(
      new Request(`${TENANT}/__sim/requests`, {
        method: 'DELETE',
        headers: { authorization: 'Bearer key' },
      }),
    );
    await expect(client.finishSignIn(callback, mine.pending)).rejects.toThrow(/Sign-in failed/);
    const log = await sim.handle(
      new Request(`${TENANT}/__sim/requests`, { headers: { authorization: 'Bearer key' } }),
    );
    expect(await log.json()).toEqual([]);
  });

  it('gets a machine-to-machine token, and maps Qlik’s error shape for a wrong secret', async () => {
    const { sim, oauth } = setup();
    expect(
      (await oauth('sim-m2m-client', 'sim-m2m-secret').clientCredentials()).accessToken,
    ).toMatch(/^at_/);
    await sim.handle(
      new Request(`${TENANT}/__sim/oauth`, {
        method: 'POST',
        headers: { authorization: 'Bearer key', 'content-type': 'application/json' },
        body: JSON.stringify({ errorStyle: 'qlik' }),
      }),
    );
    await expect(oauth('sim-m2m-client', 'wrong').clientCredentials()).rejects.toMatchObject({
      status: 401,
    });
    await expect(oauth('sim-m2m-client', 'wrong').clientCredentials()).rejects.toThrow(
      /invalid_client/,
    );
  });
});
