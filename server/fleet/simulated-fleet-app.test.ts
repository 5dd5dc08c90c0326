import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import { createConsoleApp } from '../console-app.ts';
import { resolveConsoleMode } from '../mode.ts';

const BASE = 'http://localhost';
const LIST = '/api/v1/encryption/keyproviders/actions/list';

async function fleetOf(env: Record<string, string>) {
  const lines: string[] = [];
  const app = await createConsoleApp(resolveConsoleMode(env), {
    createSimulator,
    log: (line) => lines.push(line),
  });
  const request = (path: string, init?: RequestInit) =>
    Promise.resolve(app.request(`${BASE}${path}`, init));
  const json = async (path: string, init?: RequestInit) => {
    const response = await request(path, init);
    const body: unknown = await response.json();
    return { status: response.status, headers: response.headers, body };
  };
  return { request, json, lines };
}

const errorCode = (body: unknown) => (body as { errors: { code: string }[] }).errors[0]?.code;
const errorDetail = (body: unknown) =>
  (body as { errors: { detail: string }[] }).errors[0]?.detail ?? '';

describe('a simulated fleet (SIM_FLEET)', () => {
  it('lists its tenants, in order, in the top-level console info', async () => {
    const { json } = await fleetOf({ SIM_FLEET: '13' });
    const { headers, body } = await json('/__console/info');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({
      mode: 'fleet',
      auth: 'none',
      tenantUrl: null,
      readOnly: false,
      tenantRegion: null,
    });
    const { tenants } = body as { tenants: { id: string; name: string; url: null }[] };
    expect(tenants.slice(0, 3)).toEqual([
      { id: 'acme', name: 'Acme Corp', url: null },
      { id: 'globex', name: 'Globex', url: null },
      { id: 'initech', name: 'Initech', url: null },
    ]);
    expect(tenants).toHaveLength(13);
    expect(tenants[12]).toEqual({ id: 'tenant-13', name: 'Tenant 13', url: null });
  });

  it('sends each tenant’s API calls to its own simulator', async () => {
    const { json } = await fleetOf({ SIM_FLEET: '3' });
    const acme = await json(`/t/acme${LIST}`);
    const globex = await json(`/t/globex${LIST}`);
    expect(acme.status).toBe(200);
    expect(acme.body).toHaveLength(3);
    expect(globex.body).toEqual([expect.objectContaining({ keyprovider: 'Qlik' })]);
    const acmeLog = await json('/t/acme/__sim/requests');
    const globexLog = await json('/t/globex/__sim/requests');
    expect(acmeLog.body).toEqual([expect.objectContaining({ path: LIST, credential: 'api-key' })]);
    expect(globexLog.body).toHaveLength(1);
  });

  it('gives each tenant the single-tenant console info, naming the tenant', async () => {
    const { json } = await fleetOf({ SIM_FLEET: '2', QLIK_READ_ONLY: '1' });
    expect((await json('/t/acme/__console/info')).body).toEqual({
      mode: 'simulator',
      auth: 'none',
      tenantUrl: null,
      readOnly: true,
      tenantRegion: 'us-east-1',
      tenant: { id: 'acme', name: 'Acme Corp' },
      fleet: true,
    });
    expect((await json('/t/globex/__console/info')).body).toMatchObject({
      tenantRegion: 'eu-west-1',
      tenant: { id: 'globex', name: 'Globex' },
    });
  });

  it('plays an unreachable tenant, one that refuses the credentials and a busy one', async () => {
    const { json, request } = await fleetOf({ SIM_FLEET: '12' });
    const unreachable = await json(`/t/cyberdyne${LIST}`);
    expect(unreachable.status).toBe(502);
    expect(unreachable.headers.get('x-cmk-proxy-error')).toBe('unreachable');
    expect(errorCode(unreachable.body)).toBe('CMK-PROXY-UNREACHABLE');
    expect((await request('/t/cyberdyne/__sim/state')).status).toBe(404);

    const refused = await request(`/t/massive${LIST}`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-cmk-proxy-error')).toBeNull();
    // Its control API still works, for tests and demos.
    expect((await request('/t/massive/__sim/state')).status).toBe(200);

    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let call = 0; call < 3; call += 1) {
      const response = await request(`/t/wayne${LIST}`);
      statuses.push(response.status);
      retryAfter ??= response.headers.get('retry-after');
    }
    expect(statuses).toContain(429);
    expect(retryAfter).toBe('2');
  });

  it('deals a realistic mix to a fleet of 12', async () => {
    const { json } = await fleetOf({ SIM_FLEET: '12' });
    const ids = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'wonka'];
    const scenarios = await Promise.all(
      [...ids, 'soylent', 'tyrell'].map(
        async (id) => ((await json(`/t/${id}/__sim/state`)).body as { scenario: string }).scenario,
      ),
    );
    const count = (name: string) => scenarios.filter((scenario) => scenario === name).length;
    expect(count('default')).toBe(5);
    expect(count('fresh')).toBe(2);
    expect(count('migrating')).toBe(1);
    expect(count('failing-validation')).toBe(1);
    expect(count('busy')).toBe(1);
  });

  it('refuses /api at the top, and unknown tenants, naming the id', async () => {
    const { json, request } = await fleetOf({ SIM_FLEET: '2' });
    for (const path of [LIST, '/api', '/api/v1/anything']) {
      const top = await json(path);
      expect(top.status, path).toBe(404);
      expect(errorCode(top.body)).toBe('CMK-PROXY-NOT-ALLOWED');
      expect(errorDetail(top.body)).toMatch(/\/t\/<tenant id>\//);
    }
    for (const path of [`/t/nope${LIST}`, '/t/nope/__console/info', '/t/nope/__sim/state']) {
      const unknown = await json(path);
      expect(unknown.status, path).toBe(404);
      expect(errorCode(unknown.body)).toBe('CMK-UNKNOWN-TENANT');
      expect(errorDetail(unknown.body)).toContain('"nope"');
    }
    // A page address of an unknown tenant is left to the host (the app shell), which says so.
    const page = await request('/t/nope/providers');
    expect(page.headers.get('content-type') ?? '').not.toContain('json');
    expect((await json('/__sim/state')).status).toBe(404);
    expect((await json('/__console/activity')).status).toBe(404);
  });

  it('applies every proxy rule under the tenant prefix', async () => {
    const { json } = await fleetOf({ SIM_FLEET: '1', QLIK_READ_ONLY: 'true' });
    const query = await json(`/t/acme${LIST}?x=1`);
    expect(query.status).toBe(400);
    const encoded = await json('/t/acme/api/v1/encryption/keyproviders/a%2Fb');
    expect(errorCode(encoded.body)).toBe('CMK-PROXY-UNSAFE-PATH');
    const other = await json('/t/acme/api/v1/users/me');
    expect(errorCode(other.body)).toBe('CMK-PROXY-NOT-ALLOWED');
    const readOnly = await json(
      '/t/acme/api/v1/encryption/keyproviders/actions/reset-to-default-provider',
      {
        method: 'POST',
      },
    );
    expect(errorCode(readOnly.body)).toBe('CMK-PROXY-READ-ONLY');
    const crossSite = await json(`/t/acme${LIST}`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(errorCode(crossSite.body)).toBe('CMK-PROXY-CROSS-ORIGIN');
    const control = await json('/t/acme/__sim/state', {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(control.status).toBe(403);
    expect((await json('/t/acme/__console/nothing')).status).toBe(404);
    expect((await json('/t/acme/__sim/requests')).body).toEqual([]);
  });

  it('keeps one activity log per tenant', async () => {
    const { json, request } = await fleetOf({ SIM_FLEET: '2' });
    const reset = await request(
      '/t/acme/api/v1/encryption/keyproviders/actions/reset-to-default-provider',
      { method: 'POST' },
    );
    expect(reset.status).toBe(205);
    const acme = (await json('/t/acme/__console/activity')).body as {
      entries: { operation: string }[];
    };
    expect(acme.entries).toEqual([
      expect.objectContaining({ operation: 'resetToDefaultProvider' }),
    ]);
    expect((await json('/t/globex/__console/activity')).body).toEqual({
      entries: [],
      nextCursor: null,
    });
  });

  it('answers the fleet page’s look at a tenant in one request: both reads, each as the tenant answered', async () => {
    const { json } = await fleetOf({ SIM_FLEET: '12' });
    type Part = { status: number; headers: Record<string, string>; body: string };
    const look = async (id: string) =>
      (await json(`/t/${id}/__console/overview`)).body as {
        list: Part;
        details: Part;
      };
    const acme = await look('acme');
    expect(acme.list.status).toBe(200);
    expect((JSON.parse(acme.list.body) as unknown[]).length).toBe(3);
    expect(acme.details.status).toBe(200);
    // A tenant where no migration ever ran: the API's 404, passed on as it is.
    const globex = await look('globex');
    expect(globex.details.status).toBe(404);
    const unreachable = await look('cyberdyne');
    expect(unreachable.list.status).toBe(502);
    expect(unreachable.list.headers['x-cmk-proxy-error']).toBe('unreachable');
    const refused = await look('massive');
    expect(refused.list.status).toBe(401);
    const stats = (await json('/__sim/fleet/stats')).body as { requests: number };
    expect(stats.requests).toBe(8);
    // Only the look is a GET of the fleet's own: anything else under __console stays refused.
    expect((await json('/t/acme/__console/overview', { method: 'POST' })).status).toBe(404);
  });

  it('counts the requests sent to tenants, at most how many at once, until reset', async () => {
    const { json } = await fleetOf({ SIM_FLEET: '4', SIM_LATENCY_MS: '40' });
    const started = performance.now();
    await Promise.all(
      ['acme', 'globex', 'initech', 'umbrella'].map((id) => json(`/t/${id}${LIST}`)),
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);
    await json(`/t/acme${LIST}`);
    await json('/t/acme/__sim/state'); // the control API is not a request to the tenant
    expect((await json('/__sim/fleet/stats')).body).toEqual({
      inFlight: 0,
      peakInFlight: 4,
      requests: 5,
    });
    const reset = await json('/__sim/fleet/stats/reset', { method: 'POST' });
    expect(reset.body).toEqual({ inFlight: 0, peakInFlight: 0, requests: 0 });
    const crossSite = await json('/__sim/fleet/stats', {
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
  });
});
