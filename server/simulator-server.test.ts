import { afterEach, describe, expect, it } from 'vitest';
import { startSimulatorServer, type SimulatorServer } from '../simulator/server.ts';
import { rawRequest } from './common/test-http.ts';

const LIST = '/api/v1/encryption/keyproviders/actions/list';
let server: SimulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('startSimulatorServer', () => {
  it('serves the simulated tenant on a free port behind its bearer key', async () => {
    server = await startSimulatorServer({ port: 0, apiKey: 'test-key' });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ok = await rawRequest(server.url, 'GET', LIST, { authorization: 'Bearer test-key' });
    expect(ok.status).toBe(200);
    expect(Array.isArray(JSON.parse(ok.body))).toBe(true);
    const anonymous = await rawRequest(server.url, 'GET', LIST);
    expect(anonymous.status).toBe(401);
  });

  it('cuts the connection when a dropped-connection fault is queued', async () => {
    server = await startSimulatorServer({ port: 0, apiKey: 'test-key' });
    const auth = { authorization: 'Bearer test-key', 'content-type': 'application/json' };
    const fault = JSON.stringify({ drop: true, path: '/actions/list' });
    const queued = await rawRequest(server.url, 'POST', '/__sim/faults', auth, fault);
    expect(queued.status).toBeLessThan(300);
    await expect(rawRequest(server.url, 'GET', LIST, auth)).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    );
  });
});
