import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulatorServer, type SimulatorServer } from '../../simulator/server.ts';
import { createAuthApp } from './auth-app.ts';
import { flowKeyFrom } from './flow-key.ts';
import { createQlikOAuth } from './qlik-oauth.ts';
import { FLOW_TTL_SECONDS } from './sealed-flow.ts';
import { createMemorySessionStore } from './session-store.ts';
import { testBrowser } from './test-browser.ts';

const CONSOLE = 'http://127.0.0.1:4999';
const KEY = 'sim-key';

let sim: SimulatorServer;
beforeAll(async () => {
  sim = await startSimulatorServer({ port: 0, apiKey: KEY });
});
afterAll(async () => {
  await sim.close();
});

/** How the tenant misbehaves for the next test; real answers otherwise. */
let broken: { token?: 'down' | 'unreachable'; users?: 'down' } = {};
let clock = Date.now();
const tokenRequests: string[] = [];
beforeEach(() => {
  broken = {};
  clock = Date.now();
  tokenRequests.length = 0;
});

const tenantFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input);
  if (url.pathname === '/oauth/token') {
    tokenRequests.push(url.pathname);
    if (broken.token === 'unreachable') throw new TypeError('fetch failed');
    if (broken.token === 'down') return new Response('maintenance', { status: 503 });
  }
  if (url.pathname.startsWith('/api/v1/users') && broken.users === 'down') {
    return new Response(null, { status: 503 });
  }
  return fetch(input, init);
};

/** The console's `/auth`, and browsers that visit it. */
async function consoleAuth() {
  const oauth = createQlikOAuth({
    tenantUrl: sim.url,
    clientId: 'sim-web-client',
    clientSecret: 'sim-web-secret',
    redirectUri: `${CONSOLE}/auth/callback`,
    scopes: ['admin_classic', 'offline_access'],
    fetch: tenantFetch,
  });
  const app = createAuthApp({
    tenantUrl: sim.url,
    consoleOrigin: CONSOLE,
    oauth,
    sessions: createMemorySessionStore({ idleMs: 60_000, absoluteMs: 3_600_000 }),
    cookies: { secure: false },
    flowKey: await flowKeyFrom(null),
    log: () => undefined,
    fetch: tenantFetch,
    now: () => clock,
  });
  const mounted = new Hono().route('/auth', app);
  return () => testBrowser((url, init) => mounted.request(url, init), CONSOLE, sim.url);
}

const signInBrowser = async () => (await consoleAuth())();

/** A failed callback: back to the sign-in page with a code, no session, the flow cookie gone. */
function expectRefused(response: Response, code: string) {
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toBe(`/?signin_error=${code}`);
  const cookies = response.headers.getSetCookie();
  expect(cookies.filter((cookie) => cookie.startsWith('cmk_session='))).toEqual([]);
  expect(cookies.some((cookie) => /^cmk_signin=;.*Max-Age=0/i.test(cookie))).toBe(true);
}

describe('a sign-in callback that fails opens no session', () => {
  it('without the flow cookie (not started in this browser): state', async () => {
    const person = await signInBrowser();
    const callback = await person.authorize('sim-user-ada');
    person.jar.clear();
    expectRefused(await person.visit(callback), 'state');
    expect(tokenRequests).toEqual([]);
  });

  it('with a forged state: state, and nothing sent to the token endpoint', async () => {
    const person = await signInBrowser();
    const callback = new URL(await person.authorize('sim-user-ada'), CONSOLE);
    callback.searchParams.set('state', 'guessed-state');
    expectRefused(await person.visit(`${callback.pathname}${callback.search}`), 'state');
    expect(tokenRequests).toEqual([]);
  });

  it('with a flow cookie another browser started: state', async () => {
    const browser = await consoleAuth();
    const victim = browser();
    const attacker = browser();
    const callback = await attacker.authorize('sim-user-ada');
    await victim.visit('/auth/login');
    expectRefused(await victim.visit(callback), 'state');
    expect(tokenRequests).toEqual([]);
  });

  it('with an altered flow cookie: state', async () => {
    const person = await signInBrowser();
    const callback = await person.authorize('sim-user-ada');
    const sealed = person.jar.get('cmk_signin') ?? '';
    person.jar.set('cmk_signin', `${sealed.slice(0, -3)}AAA`);
    expectRefused(await person.visit(callback), 'state');
  });

  it('after the flow expired: expired', async () => {
    const person = await signInBrowser();
    const callback = await person.authorize('sim-user-ada');
    clock += (FLOW_TTL_SECONDS + 1) * 1000;
    expectRefused(await person.visit(callback), 'expired');
    expect(tokenRequests).toEqual([]);
  });

  it('when the person declined at the tenant: denied', async () => {
    const person = await signInBrowser();
    expectRefused(await person.visit(await person.authorize(null)), 'denied');
  });

  it('when the tenant sent another error, whatever its text: tenant', async () => {
    const person = await signInBrowser();
    const callback = new URL(await person.authorize(null), CONSOLE);
    callback.searchParams.set('error', 'server_error');
    callback.searchParams.set('error_description', '<script>alert(1)</script>');
    expectRefused(await person.visit(`${callback.pathname}${callback.search}`), 'tenant');
  });

  it('when the token endpoint fails or cannot be reached: tenant', async () => {
    const person = await signInBrowser();
    broken.token = 'down';
    expectRefused(await person.signIn('sim-user-ada'), 'tenant');
    broken.token = 'unreachable';
    expectRefused(await person.signIn('sim-user-ada'), 'tenant');
    expect(tokenRequests).toHaveLength(2);
  });

  it('when the code was already used (a replay with a copied flow cookie): tenant', async () => {
    const person = await signInBrowser();
    const callback = await person.authorize('sim-user-ada');
    const sealed = person.jar.get('cmk_signin') ?? '';
    expect((await person.visit(callback)).headers.get('location')).toBe('/providers');
    const session = person.jar.get('cmk_session');
    person.jar.set('cmk_signin', sealed);
    expectRefused(await person.visit(callback), 'tenant');
    expect(person.jar.get('cmk_session')).toBe(session);
  });

  it('when the user lookup fails: user', async () => {
    const person = await signInBrowser();
    broken.users = 'down';
    expectRefused(await person.signIn('sim-user-ada'), 'user');
    expect((await person.visit('/auth/session')).status).toBe(401);
  });
});

describe('pending sign-ins cost the server nothing', () => {
  it('a flood of 10,050 logins leaves a sign-in in progress intact', async () => {
    const browser = await consoleAuth();
    const person = browser();
    const callback = await person.authorize('sim-user-ada', '/activity');
    const flooder = browser();
    for (let index = 0; index < 10_050; index += 1) await flooder.visit('/auth/login');
    const finished = await person.visit(callback);
    expect(finished.headers.get('location')).toBe('/activity');
    expect(person.jar.has('cmk_session')).toBe(true);
  }, 60_000);
});
