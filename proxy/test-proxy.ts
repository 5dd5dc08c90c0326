// Shared set-up of the proxy tests: a proxy on real HTTP in front of a recording fake tenant.
import { afterEach, expect } from 'vitest';
import {
  API_BASE_PATH,
  OPERATION_IDS,
  OPERATIONS as GENERATED,
  pathOf,
} from '../src/api/operations.gen.ts';
import type { ApiProxyOptions } from './api-proxy.ts';
import { createApiProxyApp } from './api-proxy-app.ts';
import { withConsoleOrigins } from './console-origins.ts';
import { nodeListener } from '../server/common/node-listener.ts';
import { listen, startFakeTenant, type RunningServer } from '../server/common/test-http.ts';
import { tenantUpstream } from './upstream.ts';

export const API_KEY = 'secret-tenant-key-0123456789';
export const BASE = API_BASE_PATH;

/** Every operation of the description as (method, concrete path). */
export const OPERATIONS: [string, string][] = OPERATION_IDS.map((id) => [
  GENERATED[id].method,
  pathOf(id, { arnFingerPrint: 'fp123' }),
]);

export function expectNoKey(response: { headers: object; body: string }) {
  expect(JSON.stringify(response.headers)).not.toContain(API_KEY);
  expect(response.body).not.toContain(API_KEY);
}

/** Servers started through these helpers are closed after each test. */
export function useProxyServers() {
  const running: RunningServer[] = [];
  const logged: string[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()));
    logged.length = 0;
  });

  async function startProxy(options: Partial<ApiProxyOptions> & Pick<ApiProxyOptions, 'upstream'>) {
    const proxy = createApiProxyApp({
      apiKey: API_KEY,
      readOnly: false,
      log: (line) => logged.push(line),
      ...options,
    });
    // The console's host check would name the server's own origin (server/host-guard.ts).
    const own = new Set<string>();
    const handle = (request: Request, env: object) =>
      withConsoleOrigins(own, () => Promise.resolve(proxy.fetch(request, env)));
    const server = await listen(nodeListener(handle, { log: (line) => logged.push(line) }));
    own.add(server.url);
    running.push(server);
    return server;
  }

  async function startTenant(behaviour?: Parameters<typeof startFakeTenant>[0]) {
    const tenant = await startFakeTenant(behaviour);
    running.push(tenant);
    return tenant;
  }

  async function proxiedTenant(
    behaviour?: Parameters<typeof startFakeTenant>[0],
    readOnly = false,
  ) {
    const tenant = await startTenant(behaviour);
    const proxy = await startProxy({ upstream: tenantUpstream(tenant.url), readOnly });
    return { tenant, proxy };
  }

  return { startProxy, startTenant, proxiedTenant, logged };
}
