import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulatorServer, type SimulatorServer } from '../../simulator/server.ts';
import type { LogEntry } from '../../simulator/index.ts';
import { createConsoleApp } from '../console-app.ts';
import { resolveConsoleMode } from '../mode.ts';
import { testBrowser } from './test-browser.ts';

const CONSOLE = 'http://127.0.0.1:4999';
const KEY = 'sim-key';
const LIST = '/api/v1/encryption/keyproviders/actions/list';
const CMK01 = '/api/v1/encryption/keyproviders/9f352c5a9c1618485051892cb57467e4';

let sim: SimulatorServer;
let folder: string;
const logLines: string[] = [];

beforeAll(async () => {
  sim = await startSimulatorServer({ port: 0, apiKey: KEY });
  folder = await mkdtemp(join(tmpdir(), 'signin-'));
});
afterAll(async () => {
  await sim.close();
  await rm(folder, { recursive: true, force: true });
});

const control = (path: string, init: RequestInit = {}) =>
  fetch(`${sim.url}/__sim/${path}`, {
    ...init,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
  });

beforeEach(async () => {
  await control('scenario', { method: 'POST', body: '{}' });
});

async function consoleApp() {
  const mode = resolveConsoleMode({
    QLIK_TENANT: sim.url,
    QLIK_OAUTH_CLIENT_ID: 'sim-web-client',
    QLIK_OAUTH_CLIENT_SECRET: 'sim-web-secret',
    CONSOLE_ORIGIN: CONSOLE,
  });
  const activityFile = join(folder, `activity-${String(Math.random())}.jsonl`);
  return createConsoleApp(mode, {
    createSimulator: () => {
      throw new Error('sign-in mode has no simulator');
    },
    log: (line) => logLines.push(line),
    activityFile,
  });
}

type App = Awaited<ReturnType<typeof consoleApp>>;

const browser = (app: App) => testBrowser((url, init) => app.request(url, init), CONSOLE, sim.url);

interface OAuthCounts {
  activeAccessTokens: number;
  revoked: number;
  revocations: { userId: string | null; kind: string }[];
}

async function simLog() {
  return (await (await control('requests')).json()) as LogEntry[];
}

describe('sign-in mode', () => {
  it('signs in with an opaque HttpOnly session cookie and calls the API as that person', async () => {
    const person = browser(await consoleApp());
    const callback = await person.signIn('sim-user-ada');
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/providers');
    const cookie = callback.headers.getSetCookie().find((c) => c.startsWith('cmk_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const session = await person.visit('/auth/session');
    expect(await session.json()).toEqual({ user: { id: 'sim-user-ada', name: 'Ada Admin' } });
    await control('requests', { method: 'DELETE' });
    expect((await person.visit(LIST)).status).toBe(200);
    expect((await simLog()).at(-1)).toMatchObject({ path: LIST, credential: 'user:sim-user-ada' });
    for (const response of person.responses) {
      const seen = `${[...response.headers].join(' ')} ${await response.text()}`;
      expect(seen).not.toMatch(/\b(at|rt)_[\w-]{20,}/);
    }
  });

  it('keeps the sign-in in progress in a sealed HttpOnly cookie for /auth only', async () => {
    const person = browser(await consoleApp());
    const login = await person.visit('/auth/login?returnTo=/providers');
    const authorize = new URL(login.headers.get('location') ?? '');
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('cmk_signin=')) ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/auth(;|$)/);
    const sealed = person.jar.get('cmk_signin') ?? '';
    expect(sealed.split('.')).toHaveLength(5);
    expect(sealed).not.toContain(authorize.searchParams.get('state'));
    expect(sealed).not.toContain('providers');
  });

  it('answers 401 signed-out without a session, and never reaches the tenant', async () => {
    const stranger = browser(await consoleApp());
    await control('requests', { method: 'DELETE' });
    const response = await stranger.visit(LIST);
    expect(response.status).toBe(401);
    expect(response.headers.get('x-cmk-proxy-error')).toBe('signed-out');
    expect((await stranger.visit('/__console/activity')).status).toBe(401);
    expect(await simLog()).toEqual([]);
  });

  it('refuses a forged or replayed callback: no session, nothing sent to the token endpoint', async () => {
    const app = await consoleApp();
    const victim = browser(app);
    const attacker = browser(app);
    const login = await attacker.visit('/auth/login');
    const authorize = new URL(login.headers.get('location') ?? '');
    const form = new URLSearchParams(authorize.searchParams);
    form.set('user', 'sim-user-ada');
    const decided = await fetch(`${sim.url}/oauth/authorize`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    const callback = new URL(decided.headers.get('location') ?? '');
    await control('requests', { method: 'DELETE' });
    const forged = await victim.visit(`${callback.pathname}${callback.search}`);
    expect(forged.headers.get('location')).toMatch(/^\/\?signin_error=/);
    expect(victim.jar.has('cmk_session')).toBe(false);
    expect((await simLog()).filter((entry) => entry.path === '/oauth/token')).toEqual([]);
    const once = await attacker.visit(`${callback.pathname}${callback.search}`);
    expect(once.headers.get('location')).toBe('/');
    const replay = await attacker.visit(`${callback.pathname}${callback.search}`);
    expect(replay.headers.get('location')).toMatch(/signin_error/);
  });

  it('gives a new session id at every sign-in', async () => {
    const person = browser(await consoleApp());
    await person.signIn('sim-user-ada');
    const first = person.jar.get('cmk_session');
    await person.signIn('sim-user-ada');
    expect(person.jar.get('cmk_session')).not.toBe(first);
  });

  it('signing in again revokes the old session’s tokens at the tenant before dropping it', async () => {
    const person = browser(await consoleApp());
    await person.signIn('sim-user-grace');
    const first = person.jar.get('cmk_session');
    const before = (await (await control('oauth')).json()) as OAuthCounts;
    await person.signIn('sim-user-grace');
    const after = (await (await control('oauth')).json()) as OAuthCounts;
    expect(after.revoked - before.revoked).toBe(2);
    expect(after.revocations.slice(-2)).toEqual(
      expect.arrayContaining([
        { userId: 'sim-user-grace', kind: 'refresh_token' },
        { userId: 'sim-user-grace', kind: 'access_token' },
      ]),
    );
    expect(after.activeAccessTokens).toBe(before.activeAccessTokens);
    expect(person.jar.get('cmk_session')).not.toBe(first);
    person.jar.set('cmk_session', first ?? '');
    expect((await person.visit(LIST)).status).toBe(401);
  });

  it('refreshes an expired token, rotating it, and sends the call once more', async () => {
    const person = browser(await consoleApp());
    await person.signIn('sim-user-ada');
    await control('oauth/expire-access-tokens', { method: 'POST' });
    expect((await person.visit(LIST)).status).toBe(200);
    const summary = (await (await control('oauth')).json()) as { refreshed: number };
    expect(summary.refreshed).toBeGreaterThanOrEqual(1);
    await control('oauth/revoke-all', { method: 'POST' });
    const ended = await person.visit(LIST);
    expect(ended.status).toBe(401);
    expect(ended.headers.get('x-cmk-proxy-error')).toBe('signed-out');
    expect((await person.visit('/auth/session')).status).toBe(401);
  });

  it('records each change with who made it, and reads the name from what the console saw', async () => {
    const app = await consoleApp();
    const ada = browser(app);
    await ada.signIn('sim-user-ada');
    await ada.visit(LIST);
    const patch = await ada.visit(CMK01, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ op: 'replace', path: '/description', value: 'rotated' }]),
    });
    expect(patch.status).toBe(204);
    const { entries } = (await (await ada.visit('/__console/activity')).json()) as {
      entries: { at: string }[];
    };
    expect(Date.parse(entries[0]?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(entries.map((entry) => ({ ...entry, at: 'checked above' }))).toEqual([
      {
        at: 'checked above',
        actor: { id: 'sim-user-ada', name: 'Ada Admin' },
        operation: 'patchKeyProvider',
        provider: { name: 'CMK - 01', fingerprint: '9f352c5a9c1618485051892cb57467e4' },
        outcome: { status: 204, error: null },
      },
    ]);
  });

  it('explains a person who is not a tenant admin with the tenant’s 403', async () => {
    const nora = browser(await consoleApp());
    await nora.signIn('sim-user-nora');
    const response = await nora.visit(LIST);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('not a tenant admin');
  });

  it('signs out: revokes the tokens, clears the cookie, and the API answers 401', async () => {
    const person = browser(await consoleApp());
    await person.signIn('sim-user-ada');
    const before = (await (await control('oauth')).json()) as { revoked: number };
    const out = await person.visit('/auth/logout', { method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/cmk_session=;/);
    const after = (await (await control('oauth')).json()) as { revoked: number };
    expect(after.revoked - before.revoked).toBe(2);
    expect((await person.visit(LIST)).status).toBe(401);
  });

  it('refuses a sign-out from another site', async () => {
    const person = browser(await consoleApp());
    await person.signIn('sim-user-ada');
    const forged = await person.visit('/auth/logout', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect((await person.visit(LIST)).status).toBe(200);
  });

  it('keeps no token or secret in its log lines', () => {
    expect(logLines.join('\n')).not.toMatch(/\b(at|rt)_[\w-]{20,}|sim-web-secret/);
    expect(logLines.some((line) => line.includes('Ada Admin'))).toBe(true);
  });
});
