import { describe, expect, it } from 'vitest';
import { DroppedConnection, MALFORMED_BODY } from './index.ts';
import { API, CMK01, errorOf, harness, request } from './test-support.ts';

const LIST = `${API}/actions/list`;

describe('injected status faults', () => {
  it('answers the status with a StandardError for the next count requests, then recovers', async () => {
    const { call } = harness();
    const queued = await call('POST', '/__sim/faults', { body: { status: 503, count: 2 } });
    expect(queued.status).toBe(201);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const reply = await call('GET', LIST);
      expect(reply.status).toBe(503);
      expect(errorOf(reply)).toMatchObject({ code: 'HTTP-503', title: 'Service Unavailable' });
    }
    expect((await call('GET', LIST)).status).toBe(200);
    expect((await call('GET', '/__sim/faults')).body).toEqual([]);
  });

  it('defaults to one 503', async () => {
    const { call } = harness();
    await call('POST', '/__sim/faults', { body: {} });
    expect((await call('GET', LIST)).status).toBe(503);
    expect((await call('GET', LIST)).status).toBe(200);
  });

  it('titles a status the operation declares as the reference does', async () => {
    const { call } = harness();
    await call('POST', '/__sim/faults', { body: { status: 417 } });
    const reply = await call('GET', LIST);
    expect(errorOf(reply)).toMatchObject({
      code: 'Encryption-417',
      title: 'Failed to load key providers from the registry',
    });
  });

  it('sends a given body and headers', async () => {
    const { call } = harness();
    await call('POST', '/__sim/faults', {
      body: {
        status: 429,
        body: { errors: [{ code: 'RATE', title: 'slow down' }] },
        headers: { 'Retry-After': '2' },
      },
    });
    const reply = await call('GET', LIST);
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('2');
    expect(reply.body).toEqual({ errors: [{ code: 'RATE', title: 'slow down' }] });
  });

  it('sends a string body as text, like a gateway error page', async () => {
    const { call } = harness();
    await call('POST', '/__sim/faults', {
      body: { status: 502, body: '<html>Bad gateway</html>' },
    });
    const reply = await call('GET', LIST);
    expect(reply.status).toBe(502);
    expect(reply.text).toBe('<html>Bad gateway</html>');
    expect(reply.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('matches by method, by path substring and by /regex/', async () => {
    const { call } = harness();
    await call('POST', '/__sim/faults', {
      body: { method: 'post', path: 'actions/migrate', status: 500 },
    });
    await call('POST', '/__sim/faults', {
      body: { path: '/\\/keyproviders\\/[0-9a-f]{32}$/', status: 502 },
    });
    expect((await call('GET', LIST)).status).toBe(200);
    expect((await call('POST', `${API}/${CMK01}/actions/test`)).status).toBe(201);
    expect((await call('GET', `${API}/${CMK01}`)).status).toBe(502);
    expect((await call('POST', `${API}/${CMK01}/actions/migrate`)).status).toBe(500);
    expect((await call('POST', `${API}/${CMK01}/actions/migrate`)).status).toBe(200);
  });

  it('does not change state when it replaces a write', async () => {
    const { call } = harness();
    await call('POST', '/__sim/faults', { body: { method: 'DELETE', status: 500 } });
    expect((await call('DELETE', `${API}/${CMK01}`)).status).toBe(500);
    expect((await call('GET', `${API}/${CMK01}`)).status).toBe(200);
  });

  it('never applies to control requests', async () => {
    const { call } = harness();
    await call('POST', '/__sim/faults', { body: { status: 500, count: 5 } });
    expect((await call('GET', '/__sim/state')).status).toBe(200);
    expect((await call('GET', '/__sim/faults')).body).toMatchObject([{ remaining: 5 }]);
  });

  it('can be cleared', async () => {
    const { call } = harness();
    await call('POST', '/__sim/faults', { body: { status: 500, count: 3 } });
    expect((await call('DELETE', '/__sim/faults')).status).toBe(204);
    expect((await call('GET', LIST)).status).toBe(200);
  });

  it.each([
    [{ count: 0 }, /count/],
    [{ status: 99 }, /status/],
    [{ latencyMs: -1 }, /latencyMs/],
    [{ headers: { 'Retry-After': 2 } }, /headers/],
    [{ path: '/[/' }, /path/],
    [[], /JSON object/],
  ])('refuses the fault %j with 400', async (spec, problem) => {
    const { call } = harness();
    const reply = await call('POST', '/__sim/faults', { body: spec });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).detail).toMatch(problem);
  });
});

describe('dropped connections and malformed bodies', () => {
  it('throws DroppedConnection for drop, once', async () => {
    const { call, sim } = harness();
    await call('POST', '/__sim/faults', { body: { drop: true } });
    await expect(sim.handle(request('GET', LIST))).rejects.toBeInstanceOf(DroppedConnection);
    expect((await call('GET', LIST)).status).toBe(200);
  });

  it('answers 200 with truncated JSON for malformed', async () => {
    const { call } = harness();
    await call('POST', '/__sim/faults', { body: { malformed: true } });
    const reply = await call('GET', LIST);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json');
    expect(reply.text).toBe(MALFORMED_BODY);
    expect(() => JSON.parse(reply.text) as unknown).toThrow();
  });
});

describe('latency', () => {
  it('delays the normal answer by latencyMs', async () => {
    const { call } = harness();
    await call('POST', '/__sim/faults', { body: { latencyMs: 80 } });
    const started = performance.now();
    const reply = await call('GET', LIST);
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(reply.status).toBe(200);
  });

  it('delays an error too when combined with a status', async () => {
    const { call } = harness();
    await call('POST', '/__sim/faults', { body: { latencyMs: 40, status: 504 } });
    const started = performance.now();
    expect((await call('GET', LIST)).status).toBe(504);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('gives up when the request is aborted', async () => {
    const { call, sim } = harness();
    await call('POST', '/__sim/faults', { body: { latencyMs: 60_000 } });
    const controller = new AbortController();
    const pending = sim.handle(request('GET', LIST, { signal: controller.signal }));
    setTimeout(() => {
      controller.abort();
    }, 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
