import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { startSimulatorServer, type SimulatorServer } from '../../simulator/server.ts';
import { createConsoleApp } from '../console-app.ts';
import { resolveConsoleMode } from '../mode.ts';
import { API, CMK01, entriesOf, register, sendRefusals, type Call } from './trail-support.ts';

const CONSOLE = 'http://127.0.0.1:4999';
const KEY = 'sim-key-for-the-trail';
let sim: SimulatorServer;
let folder: string;
beforeAll(async () => {
  sim = await startSimulatorServer({ port: 0, apiKey: KEY });
  folder = await mkdtemp(join(tmpdir(), 'trail-'));
});
afterAll(async () => {
  await sim.close();
  await rm(folder, { recursive: true, force: true });
});
beforeEach(async () => {
  await fetch(`${sim.url}/__sim/scenario`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}` },
    body: '{}',
  });
});

/** A browser of the sign-in console: keeps its cookies, signs in at the simulated tenant. */
async function signInConsole() {
  const mode = resolveConsoleMode({
    QLIK_TENANT: sim.url,
    QLIK_OAUTH_CLIENT_ID: 'sim-web-client',
    QLIK_OAUTH_CLIENT_SECRET: 'sim-web-secret',
    CONSOLE_ORIGIN: CONSOLE,
  });
  const app = await createConsoleApp(mode, {
    createSimulator,
    log: () => undefined,
    activityFile: join(folder, `${crypto.randomUUID()}.jsonl`),
  });
  const jar = new Map<string, string>();
  const call: Call = async (path, init = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([n, v]) => `${n}=${v}`).join('; '));
    const response = await app.request(`${CONSOLE}${path}`, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [name = '', value = ''] = (cookie.split(';')[0] ?? '').split('=');
      if (/max-age=0/i.test(cookie) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  const stranger: Call = async (path, init) => app.request(`${CONSOLE}${path}`, init);
  async function signIn(user: string) {
    const login = await call('/auth/login?returnTo=/');
    const authorize = new URL(login.headers.get('location') ?? '');
    const form = new URLSearchParams(authorize.searchParams);
    form.set('user', user);
    const decided = await fetch(`${sim.url}/oauth/authorize`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    const back = new URL(decided.headers.get('location') ?? '');
    await call(`${back.pathname}${back.search}`);
  }
  return { call, stranger, signIn };
}

describe('the trail in sign-in mode', () => {
  it('records no request of a signed-out visitor, nor a refusal of a signed-in one', async () => {
    const { call, stranger, signIn } = await signInConsole();
    const name = 'x'.repeat(1024 * 1024 - 200);
    const unauthenticated = await register(stranger, '', name);
    expect(unauthenticated.status).toBe(401);
    await sendRefusals(stranger);
    await signIn('sim-user-ada');
    await sendRefusals(call);
    expect(await entriesOf(call)).toEqual([]);
    await call(`${API}/actions/list`);
    expect((await call(`${API}/${CMK01}`, { method: 'DELETE' })).status).toBe(204);
    expect(await entriesOf(call)).toEqual([
      expect.objectContaining({
        actor: { id: 'sim-user-ada', name: 'Ada Admin' },
        provider: { name: 'CMK - 01', fingerprint: CMK01 },
        outcome: { status: 204, error: null },
      }),
    ]);
  });
});

const ACME = 'https://acme.eu.qlikcloud.com';
const GLOBEX = 'https://globex.us.qlikcloud.com';
const ACME_KEY = 'acme-api-key-4c1d';

async function fileFleet(): Promise<Call> {
  const simulators: Record<string, Simulator> = {
    [ACME]: createSimulator({ apiKey: ACME_KEY }),
    [GLOBEX]: createSimulator({ apiKey: 'globex-has-no-key-in-use' }),
  };
  const network: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    const simulator = simulators[new URL(request.url).origin];
    return simulator ? simulator.handle(request) : Promise.reject(new TypeError('fetch failed'));
  };
  const dir = await mkdtemp(join(folder, 'fleet-'));
  const tenants = [
    { id: 'acme', name: 'Acme Corp', url: ACME, apiKeyEnv: 'ACME_KEY' },
    {
      id: 'globex',
      name: 'Globex',
      url: GLOBEX,
      clientIdEnv: 'GLOBEX_CLIENT_ID',
      clientSecretEnv: 'GLOBEX_CLIENT_SECRET',
    },
  ];
  await writeFile(join(dir, 'tenants.json'), JSON.stringify({ tenants }));
  const mode = resolveConsoleMode({
    CONSOLE_TENANTS_FILE: join(dir, 'tenants.json'),
    ACME_KEY,
    GLOBEX_CLIENT_ID: 'sim-m2m-client',
    GLOBEX_CLIENT_SECRET: 'sim-m2m-secret',
  });
  const app = await createConsoleApp(mode, {
    createSimulator,
    log: () => undefined,
    activityFile: join(dir, 'activity.jsonl'),
    fetch: network,
  });
  return async (path, init) => app.request(`http://127.0.0.1:4173${path}`, init);
}

async function simulatedFleet(): Promise<Call> {
  const app = await createConsoleApp(resolveConsoleMode({ SIM_FLEET: '2' }), {
    createSimulator,
    log: () => undefined,
  });
  return async (path, init) => app.request(`http://127.0.0.1:4173${path}`, init);
}

describe.each([
  ['a tenants file, by API key', fileFleet, 'acme'],
  ['a tenants file, by M2M client', fileFleet, 'globex'],
  ['a simulated fleet', simulatedFleet, 'acme'],
])('the trail of %s', (_name, fleetOf, tenant) => {
  it('records no refused request, then the change that reached that tenant only', async () => {
    const call = await fleetOf();
    const prefix = `/t/${tenant}`;
    await sendRefusals(call, prefix);
    expect(await entriesOf(call, prefix)).toEqual([]);
    const reset = await call(`${prefix}${API}/actions/reset-to-default-provider`, {
      method: 'POST',
    });
    expect(reset.status).toBe(205);
    expect(await entriesOf(call, prefix)).toEqual([
      expect.objectContaining({
        operation: 'resetToDefaultProvider',
        outcome: { status: 205, error: null },
      }),
    ]);
    const other = tenant === 'acme' ? 'globex' : 'acme';
    expect(await entriesOf(call, `/t/${other}`)).toEqual([]);
  });
});
