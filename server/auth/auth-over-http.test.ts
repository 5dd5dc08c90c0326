import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatorServer, type SimulatorServer } from '../../simulator/server.ts';
import { startConsoleServer, type ConsoleServer } from '../production/start-server.ts';
import { makeTestBuild, makeTestDataDir, stopTestServer } from '../production/test-build.ts';
import { testBrowser } from './test-browser.ts';

let sim: SimulatorServer;
let console_: ConsoleServer;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return port;
}

beforeAll(async () => {
  sim = await startSimulatorServer({ port: 0, apiKey: 'sim-key' });
  const port = await freePort();
  console_ = await startConsoleServer(
    {
      PORT: String(port),
      CMK_OUT_DIR: makeTestBuild(),
      CONSOLE_DATA_DIR: makeTestDataDir(),
      QLIK_TENANT: sim.url,
      QLIK_OAUTH_CLIENT_ID: 'sim-web-client',
      QLIK_OAUTH_CLIENT_SECRET: 'sim-web-secret',
      CONSOLE_ORIGIN: `http://127.0.0.1:${String(port)}`,
    },
    { log: () => undefined, isTenantReachable: () => Promise.resolve(true) },
  );
}, 60_000);
afterAll(async () => {
  await stopTestServer(console_);
  await sim.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${console_.url}${path}`, { redirect: 'manual', headers });

// Percent-encoded, so the request line is valid and the server itself decodes the hostile byte.
const HOSTILE = [
  '%0B',
  '%00',
  '%0D%0A',
  '%0A//evil.example',
  '%7F',
  '%FF',
  '%E2%80%A8',
  '%',
  '%%',
  '%C0%AF',
];

describe('/auth over real HTTP never answers 5xx', () => {
  it.each(HOSTILE)('login with returnTo=%s redirects to the tenant', async (value) => {
    for (const returnTo of [value, `/${value}`, `/x${value}y`]) {
      const response = await get(`/auth/login?returnTo=${returnTo}`);
      expect(response.status, returnTo).toBe(302);
      expect(response.headers.get('location')).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/oauth\/authorize\?/,
      );
    }
  });

  it.each(HOSTILE)(
    'a whole sign-in with returnTo=/%s comes back to a console path',
    async (value) => {
      const person = testBrowser(
        (url, init) => fetch(url, { ...init, redirect: 'manual' }),
        console_.url,
        sim.url,
      );
      const login = await person.visit(`/auth/login?returnTo=/${value}//evil.example`);
      const authorize = new URL(login.headers.get('location') ?? '');
      const form = new URLSearchParams(authorize.searchParams);
      form.set('user', 'sim-user-ada');
      const decided = await fetch(`${sim.url}/oauth/authorize`, {
        method: 'POST',
        body: form,
        redirect: 'manual',
      });
      const callback = new URL(decided.headers.get('location') ?? '');
      const back = await person.visit(`${callback.pathname}${callback.search}`);
      expect(back.status).toBe(302);
      expect(back.headers.get('location')).toMatch(/^\/(?![/\\])[\x21-\x7e]*$|^\/$/);
      expect(person.jar.has('cmk_session')).toBe(true);
    },
  );

  it.each(HOSTILE)('callback with %s in its parameters goes back to sign in', async (value) => {
    for (const query of [`code=${value}&state=${value}`, `error=${value}&state=${value}`, value]) {
      const response = await get(`/auth/callback?${query}`, { cookie: `cmk_signin=${value}` });
      expect(response.status, query).toBe(302);
      expect(response.headers.get('location')).toBe('/?signin_error=state');
    }
  });

  it('session and logout answer in words to a garbled cookie', async () => {
    expect((await get('/auth/session', { cookie: 'cmk_session=%' })).status).toBe(401);
    const logout = await fetch(`${console_.url}/auth/logout`, {
      method: 'POST',
      headers: { cookie: 'cmk_session=%00', origin: console_.url },
    });
    expect(logout.status).toBe(204);
  });
});
