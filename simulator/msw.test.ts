import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from './index.ts';
import { simulatorHandlers } from './msw.ts';

const TENANT = 'https://tenant.us.qlikcloud.com';
const API = `${TENANT}/api/v1/encryption/keyproviders`;

const server = setupServer();

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});

function use(simulator: Simulator, origin?: string) {
  server.use(...simulatorHandlers(simulator, origin ? { origin } : {}));
}

describe('the MSW handlers', () => {
  it('answer the API through a plain fetch, adding a bearer token when none is sent', async () => {
    use(createSimulator());
    const response = await fetch(`${API}/actions/list`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as unknown[]).length).toBe(3);
  });

  it('pass a request body through', async () => {
    use(createSimulator({ scenario: 'fresh' }));
    const response = await fetch(API, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Via MSW',
        arn: 'arn:aws:kms:eu-west-1:123456789012:alias/via-msw',
        keyprovider: 'AWS-KMS',
      }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ name: 'Via MSW' });
  });

  it('keep a token the caller sent, so a simulator with an API key can refuse it', async () => {
    use(createSimulator({ apiKey: 'secret' }));
    expect((await fetch(API, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(API, { headers: { authorization: 'Bearer secret' } })).status).toBe(200);
  });

  it('answer 204 and 205 without a body', async () => {
    use(createSimulator());
    const reset = await fetch(`${API}/actions/reset-to-default-provider`, { method: 'POST' });
    expect(reset.status).toBe(205);
    expect(await reset.text()).toBe('');
  });

  it('answer the control API', async () => {
    use(createSimulator());
    const response = await fetch(`${TENANT}/__sim/scenario`, {
      method: 'POST',
      body: JSON.stringify({ name: 'fresh' }),
    });
    expect(await response.json()).toMatchObject({ scenario: 'fresh' });
  });

  it('turn a dropped connection into a network error', async () => {
    use(createSimulator());
    await fetch(`${TENANT}/__sim/faults`, { method: 'POST', body: JSON.stringify({ drop: true }) });
    await expect(fetch(API)).rejects.toThrow(TypeError);
    expect((await fetch(API)).status).toBe(200);
  });

  it('intercept only the given origin when one is set', async () => {
    server.use(http.all('*', () => HttpResponse.text('not the simulator', { status: 418 })));
    use(createSimulator(), TENANT);
    expect((await fetch(API)).status).toBe(200);
    const other = await fetch('https://other.eu.qlikcloud.com/api/v1/encryption/keyproviders');
    expect(other.status).toBe(418);
  });
});
