import { describe, expect, it } from 'vitest';
import { DroppedConnection } from '../simulator/contract.ts';
import { firstErrorCode, listen, rawRequest } from './common/test-http.ts';
import { BASE, expectNoKey, useProxyServers } from '../proxy/test-proxy.ts';
import { simulatorUpstream, tenantUpstream } from '../proxy/upstream.ts';

const { startProxy, startTenant, proxiedTenant, logged } = useProxyServers();

describe('createApiProxy: tenant failures', () => {
  it('answers 502 CMK-PROXY-UNREACHABLE when nothing listens', async () => {
    const closed = await listen(() => undefined);
    await closed.close();
    const proxy = await startProxy({ upstream: tenantUpstream(closed.url) });
    const response = await rawRequest(proxy.url, 'GET', `${BASE}/actions/list`);
    expect(response.status).toBe(502);
    expect(response.headers['x-cmk-proxy-error']).toBe('unreachable');
    const error = (JSON.parse(response.body) as { errors: Record<string, string>[] }).errors[0];
    expect(error).toMatchObject({
      code: 'CMK-PROXY-UNREACHABLE',
      title: 'Cannot reach the tenant',
    });
    expect(error?.detail).toContain(closed.url);
    expect(error?.detail).toContain('ECONNREFUSED');
    expectNoKey(response);
    expect(logged.join('\n')).toContain('ECONNREFUSED');
  });

  it('answers 502 when the tenant drops the connection', async () => {
    const { proxy } = await proxiedTenant((_req, res) => {
      res.socket?.destroy();
    });
    const response = await rawRequest(proxy.url, 'GET', BASE);
    expect(response.status).toBe(502);
    expect(firstErrorCode(response.body)).toBe('CMK-PROXY-UNREACHABLE');
  });

  it('answers 502 when the embedded simulator throws DroppedConnection', async () => {
    const simulator = { handle: () => Promise.reject(new DroppedConnection()) };
    const proxy = await startProxy({ upstream: simulatorUpstream(simulator) });
    const response = await rawRequest(proxy.url, 'GET', BASE);
    expect(response.status).toBe(502);
    expect(response.headers['x-cmk-proxy']).toBe('simulator');
    expect(response.body).toContain('the simulated tenant');
  });

  it('answers 504 CMK-PROXY-TIMEOUT when the tenant is too slow', async () => {
    const tenant = await startTenant(() => undefined);
    const proxy = await startProxy({ upstream: tenantUpstream(tenant.url), timeoutMs: 150 });
    const response = await rawRequest(proxy.url, 'GET', BASE);
    expect(response.status).toBe(504);
    expect(firstErrorCode(response.body)).toBe('CMK-PROXY-TIMEOUT');
    expect(response.headers['x-cmk-proxy-error']).toBe('timeout');
  });

  it('aborts the tenant request when the browser goes away', async () => {
    let tenantSawClose: () => void = () => undefined;
    const closedUpstream = new Promise<void>((resolve) => (tenantSawClose = resolve));
    const tenant = await startTenant((_req, res) => res.once('close', tenantSawClose));
    const proxy = await startProxy({ upstream: tenantUpstream(tenant.url) });
    const browser = new AbortController();
    const pending = fetch(`${proxy.url}${BASE}`, { signal: browser.signal });
    await expect.poll(() => tenant.received.length).toBe(1);
    browser.abort();
    await expect(pending).rejects.toThrow();
    await closedUpstream;
  });
});
