import { expect, test } from './support/fleet.ts';
import {
  FLEET_ACME_KEY,
  FLEET_ACME_SIM_URL,
  FLEET_CLOSED_PORT,
  FLEET_GLOBEX_CLIENT,
  FLEET_GLOBEX_SIM_URL,
} from './support/servers.ts';

// The fleet's HTTP contract on `npm start`, with Playwright's request only (no page).
const LIST = '/api/v1/encryption/keyproviders/actions/list';

interface ErrorBody {
  errors: { code: string; title: string; detail: string }[];
}

test.describe('a fleet of three tenants (npm start, tenants file)', () => {
  test('the console lists the tenants in file order', async ({ request }) => {
    const response = await request.get('/__console/info');
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(await response.json()).toEqual({
      mode: 'fleet',
      auth: 'none',
      tenantUrl: null,
      readOnly: false,
      tenantRegion: null,
      tenants: [
        { id: 'acme', name: 'Acme Corp', url: FLEET_ACME_SIM_URL },
        { id: 'globex', name: 'Globex', url: FLEET_GLOBEX_SIM_URL },
        { id: 'initech', name: 'Initech', url: `http://127.0.0.1:${FLEET_CLOSED_PORT}` },
      ],
    });
  });

  test('each tenant describes itself as a single-tenant console would, naming itself', async ({
    request,
  }) => {
    const acme = await request.get('/t/acme/__console/info');
    expect(acme.headers()['cache-control']).toBe('no-store');
    expect(await acme.json()).toEqual({
      mode: 'tenant',
      auth: 'none',
      tenantUrl: FLEET_ACME_SIM_URL,
      readOnly: false,
      tenantRegion: null,
      tenant: { id: 'acme', name: 'Acme Corp' },
      fleet: true,
    });
    expect(await (await request.get('/t/globex/__console/info')).json()).toMatchObject({
      tenant: { id: 'globex', name: 'Globex' },
      fleet: true,
    });
  });

  test('each tenant’s proxy reaches its own simulator only, with its own credentials', async ({
    request,
    acme,
    globex,
  }) => {
    const acmeList = await request.get(`/t/acme${LIST}`);
    expect(acmeList.status()).toBe(200);
    expect(await acmeList.json()).toHaveLength(3);
    const globexList = await request.get(`/t/globex${LIST}`);
    expect(globexList.status()).toBe(200);
    // globex is on the Qlik default: only the Qlik provider.
    expect(await globexList.json()).toEqual([expect.objectContaining({ keyprovider: 'Qlik' })]);

    const apiCalls = async (tenant: typeof acme) =>
      (await tenant.requests())
        .filter(({ path }) => path.startsWith('/api/'))
        .map(({ method, path, status, credential }) => ({ method, path, status, credential }));
    expect(await apiCalls(acme)).toEqual([
      { method: 'GET', path: LIST, status: 200, credential: 'api-key' },
    ]);
    expect(await apiCalls(globex)).toEqual([
      {
        method: 'GET',
        path: LIST,
        status: 200,
        credential: `client:${FLEET_GLOBEX_CLIENT.id}`,
      },
    ]);
  });

  test('a change in one tenant reaches that tenant only, and its activity log only', async ({
    request,
    acme,
    globex,
  }) => {
    const reset = await request.post(
      '/t/acme/api/v1/encryption/keyproviders/actions/reset-to-default-provider',
    );
    expect(reset.status()).toBe(205);
    expect((await acme.requests()).map(({ path }) => path)).toContain(
      '/api/v1/encryption/keyproviders/actions/reset-to-default-provider',
    );
    expect((await globex.requests()).filter(({ path }) => path.startsWith('/api/'))).toEqual([]);
    type Page = { entries: { operation: string }[] };
    const acmeActivity = (await (await request.get('/t/acme/__console/activity')).json()) as Page;
    expect(acmeActivity.entries[0]).toMatchObject({ operation: 'resetToDefaultProvider' });
    const globexActivity = (await (
      await request.get('/t/globex/__console/activity')
    ).json()) as Page;
    expect(globexActivity.entries.map(({ operation }) => operation)).not.toContain(
      'resetToDefaultProvider',
    );
  });

  test('an unreachable tenant answers the proxy’s unreachable error', async ({ request }) => {
    const response = await request.get(`/t/initech${LIST}`);
    expect(response.status()).toBe(502);
    expect(response.headers()['x-cmk-proxy-error']).toBe('unreachable');
    const body = (await response.json()) as ErrorBody;
    expect(body.errors[0]?.code).toBe('CMK-PROXY-UNREACHABLE');
  });

  test('the API at the top level and an unknown tenant are 404s that say why', async ({
    request,
  }) => {
    const top = await request.get(LIST);
    expect(top.status()).toBe(404);
    const topBody = (await top.json()) as ErrorBody;
    expect(topBody.errors[0]).toMatchObject({ code: 'CMK-PROXY-NOT-ALLOWED' });
    expect(topBody.errors[0]?.detail).toContain('/t/<tenant id>/');

    const unknown = await request.get(`/t/umbrella${LIST}`);
    expect(unknown.status()).toBe(404);
    expect(((await unknown.json()) as ErrorBody).errors[0]?.detail).toContain('"umbrella"');
  });

  test('a console page under /t/<id> is the app shell; its server paths never are', async ({
    request,
  }) => {
    const page = await request.get('/t/acme/providers/9f352c5a9c1618485051892cb57467e4');
    expect(page.status()).toBe(200);
    expect(page.headers()['content-type']).toContain('text/html');
    for (const path of ['/t/acme/api/v1/users/me', '/t/acme/__console/x', '/t/acme/__sim/state']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-type'], path).toContain('application/json');
    }
  });

  test('no answer carries a tenant’s credentials', async ({ request }) => {
    for (const path of ['/__console/info', '/t/acme/__console/info', `/t/acme${LIST}`]) {
      const text = await (await request.get(path)).text();
      expect(text, path).not.toContain(FLEET_ACME_KEY);
      expect(text, path).not.toContain(FLEET_GLOBEX_CLIENT.secret);
    }
  });

  test('the fleet counts the requests it sends to tenants', async ({ request }) => {
    await request.post('/__sim/fleet/stats/reset');
    await Promise.all(['acme', 'globex', 'initech'].map((id) => request.get(`/t/${id}${LIST}`)));
    const stats = (await (await request.get('/__sim/fleet/stats')).json()) as {
      inFlight: number;
      peakInFlight: number;
      requests: number;
    };
    expect(stats.inFlight).toBe(0);
    expect(stats.requests).toBeGreaterThanOrEqual(3);
    expect(stats.peakInFlight).toBeGreaterThanOrEqual(1);
  });
});
