import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulator, type LogEntry, type Simulator } from '../../simulator/index.ts';
import { createConsoleApp } from '../console-app.ts';
import { resolveConsoleMode } from '../mode.ts';

const BASE = 'http://localhost';
const LIST = '/api/v1/encryption/keyproviders/actions/list';
const ACME = 'https://acme.eu.qlikcloud.com';
const GLOBEX = 'https://globex.us.qlikcloud.com';
const ACME_KEY = 'acme-api-key-4c1d';
const CLIENT = { GLOBEX_CLIENT_ID: 'sim-m2m-client', GLOBEX_CLIENT_SECRET: 'sim-m2m-secret' };

function tenantsFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cmk-fleet-'));
  const file = join(dir, 'tenants.json');
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
  writeFileSync(file, JSON.stringify({ tenants }));
  return file;
}

/** Two simulated tenants behind a stand-in for the network; anything else cannot be reached. */
async function fleet(env: Record<string, string> = {}) {
  const simulators: Record<string, Simulator> = {
    [ACME]: createSimulator({ apiKey: ACME_KEY }),
    [GLOBEX]: createSimulator({ scenario: 'fresh', apiKey: 'globex-has-no-key-in-use' }),
  };
  const sent: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    sent.push(`${url.host}${url.pathname}`);
    const simulator = simulators[url.origin];
    if (!simulator) return Promise.reject(new TypeError('fetch failed'));
    return simulator.handle(request);
  };
  const file = tenantsFile();
  const lines: string[] = [];
  const mode = resolveConsoleMode({
    CONSOLE_TENANTS_FILE: file,
    ACME_KEY,
    ...CLIENT,
    ...env,
  });
  const app = await createConsoleApp(mode, {
    createSimulator,
    log: (line) => lines.push(line),
    activityFile: join(file, '..', 'activity.jsonl'),
    fetch,
  });
  const call = async (path: string, init?: RequestInit) => {
    const response = await app.request(`${BASE}${path}`, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  };
  const control = async (tenant: string, path: string, init: RequestInit = {}) => {
    const simulator = simulators[tenant];
    if (!simulator) throw new Error(`no simulator for ${tenant}`);
    const key = tenant === ACME ? ACME_KEY : 'globex-has-no-key-in-use';
    const headers = { authorization: `Bearer ${key}` };
    return simulator.handle(new Request(`${tenant}${path}`, { ...init, headers }));
  };
  /** The tenant's log of encryption API calls (its token endpoint logs too). */
  const requestLog = async (tenant: string) => {
    const log = (await (await control(tenant, '/__sim/requests')).json()) as LogEntry[];
    return log.filter(({ path }) => path.startsWith('/api/'));
  };
  const tokenRequests = () => sent.filter((line) => line.endsWith('/oauth/token')).length;
  return { call, control, requestLog, tokenRequests, sent, lines };
}

describe('a fleet from CONSOLE_TENANTS_FILE', () => {
  it('lists the tenants with their URLs', async () => {
    const { call } = await fleet();
    const info = JSON.parse((await call('/__console/info')).text) as unknown;
    expect(info).toMatchObject({
      mode: 'fleet',
      tenants: [
        { id: 'acme', name: 'Acme Corp', url: ACME },
        { id: 'globex', name: 'Globex', url: GLOBEX },
      ],
    });
    const acme = JSON.parse((await call('/t/acme/__console/info')).text) as unknown;
    expect(acme).toEqual({
      mode: 'tenant',
      auth: 'none',
      tenantUrl: ACME,
      readOnly: false,
      tenantRegion: 'eu-west-1',
      tenant: { id: 'acme', name: 'Acme Corp' },
      fleet: true,
    });
  });

  it('sends each tenant only its own credentials: the API key, or the client’s token', async () => {
    const { call, requestLog, sent } = await fleet();
    expect((await call(`/t/acme${LIST}`)).status).toBe(200);
    expect((await call(`/t/globex${LIST}`)).status).toBe(200);
    expect(await requestLog(ACME)).toEqual([
      expect.objectContaining({ path: LIST, status: 200, credential: 'api-key' }),
    ]);
    expect(await requestLog(GLOBEX)).toEqual([
      expect.objectContaining({ path: LIST, status: 200, credential: 'client:sim-m2m-client' }),
    ]);
    expect(sent).toEqual([
      `acme.eu.qlikcloud.com${LIST}`,
      'globex.us.qlikcloud.com/oauth/token',
      `globex.us.qlikcloud.com${LIST}`,
    ]);
  });

  it('keeps the client’s token until it expires, asking once for concurrent calls', async () => {
    const { call, tokenRequests } = await fleet();
    const calls = await Promise.all([1, 2, 3].map(() => call(`/t/globex${LIST}`)));
    expect(calls.map(({ status }) => status)).toEqual([200, 200, 200]);
    await call(`/t/globex${LIST}`);
    expect(tokenRequests()).toBe(1);
  });

  it('asks for a new token when the stated expiry is near (expires_in)', async () => {
    const { call, control, tokenRequests } = await fleet();
    // 30 s tokens are always within the refresh margin: each call needs a fresh one.
    await control(GLOBEX, '/__sim/oauth', {
      method: 'POST',
      body: JSON.stringify({ accessTokenTtlMs: 30_000, expiryStyle: 'expires_in' }),
    });
    await call(`/t/globex${LIST}`);
    await call(`/t/globex${LIST}`);
    expect(tokenRequests()).toBe(2);
  });

  it('on a 401 gets one new token and sends the call once more, body included', async () => {
    const { call, control, requestLog, tokenRequests } = await fleet();
    await call(`/t/globex${LIST}`);
    await control(GLOBEX, '/__sim/oauth/expire-access-tokens', { method: 'POST' });
    await control(GLOBEX, '/__sim/requests', { method: 'DELETE' });
    const arn = 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555';
    const created = await call('/t/globex/api/v1/encryption/keyproviders', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ arn, name: 'Globex key', keyprovider: 'AWS-KMS', multiRegion: true }),
    });
    expect(created.status).toBe(201);
    expect(tokenRequests()).toBe(2);
    expect((await requestLog(GLOBEX)).map(({ status }) => status)).toEqual([401, 201]);
  });

  it('sends a refused call no token request at all', async () => {
    const { call, tokenRequests } = await fleet();
    expect((await call('/t/globex/api/v1/users/me')).status).toBe(404);
    expect(tokenRequests()).toBe(0);
  });

  it('says which variables to check when the tenant refuses the client, never the values', async () => {
    const { call, lines } = await fleet({ GLOBEX_CLIENT_SECRET: 'not-the-secret-9d' });
    const refused = await call(`/t/globex${LIST}`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-cmk-proxy-error')).toBe('client-refused');
    const body = JSON.parse(refused.text) as { errors: { code: string; detail: string }[] };
    expect(body.errors[0]).toMatchObject({
      code: 'CMK-PROXY-CLIENT-REFUSED',
      detail: expect.stringMatching(
        /^The tenant refused the console's OAuth client: check GLOBEX_CLIENT_ID and GLOBEX_CLIENT_SECRET/,
      ) as unknown,
    });
    expect(refused.text).not.toContain('not-the-secret-9d');
    expect(lines.join('\n')).not.toContain('not-the-secret-9d');
  });

  it('answers the proxy’s unreachable error when the token endpoint cannot be reached', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmk-fleet-'));
    const file = join(dir, 'tenants.json');
    const tenant = { id: 'gone', name: 'Gone', url: 'https://gone.example' };
    writeFileSync(file, JSON.stringify({ tenants: [{ ...tenant, ...clientEnvNames }] }));
    const mode = resolveConsoleMode({ CONSOLE_TENANTS_FILE: file, ...CLIENT });
    const app = await createConsoleApp(mode, {
      createSimulator,
      log: () => undefined,
      activityFile: join(dir, 'activity.jsonl'),
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    const response = await app.request(`${BASE}/t/gone${LIST}`);
    expect(response.status).toBe(502);
    expect(response.headers.get('x-cmk-proxy-error')).toBe('unreachable');
  });

  it('never logs a key, a secret or an access token', async () => {
    const { call, control, lines } = await fleet();
    await call(`/t/globex${LIST}`);
    await control(GLOBEX, '/__sim/faults', {
      method: 'POST',
      body: JSON.stringify({ status: 200, body: '<html>login</html>' }),
    });
    await call(`/t/globex${LIST}`);
    await call(`/t/acme${LIST}`);
    const logged = lines.join('\n');
    expect(logged).toContain('instead of the API');
    for (const secret of [ACME_KEY, 'sim-m2m-secret', 'at_', 'Bearer']) {
      expect(logged).not.toContain(secret);
    }
  });
});

const clientEnvNames = {
  clientIdEnv: 'GLOBEX_CLIENT_ID',
  clientSecretEnv: 'GLOBEX_CLIENT_SECRET',
};
