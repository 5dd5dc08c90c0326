import { describe, expect, it } from 'vitest';
import { REACHABILITY_TTL_MS, tenantReachability } from './tenant-reachability.ts';

function fakeFetch(answer: () => Promise<Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = ((url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('tenantReachability', () => {
  it('counts any HTTP answer (401 included) as reachable, asked without credentials', async () => {
    const { fetch, calls } = fakeFetch(() => Promise.resolve(new Response(null, { status: 401 })));
    const isReachable = tenantReachability('https://acme.eu.qlikcloud.com', { fetch });
    expect(await isReachable()).toBe(true);
    expect(calls[0]?.url).toBe(
      'https://acme.eu.qlikcloud.com/api/v1/encryption/keyproviders/actions/list',
    );
    expect(calls[0]?.init?.headers).toBeUndefined();
    expect(calls[0]?.init?.redirect).toBe('manual');
  });

  it('is false when the network fails, and logs the reason once per change', async () => {
    const lines: string[] = [];
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });
    let time = 0;
    const { fetch } = fakeFetch(() => Promise.reject(refused));
    const isReachable = tenantReachability('https://t.example', {
      fetch,
      now: () => time,
      log: (line) => lines.push(line),
    });
    expect(await isReachable()).toBe(false);
    time += REACHABILITY_TTL_MS;
    expect(await isReachable()).toBe(false);
    expect(lines).toEqual(['Tenant https://t.example is not reachable: connect ECONNREFUSED']);
  });

  it('asks once per 30 s, and once for concurrent callers', async () => {
    let time = 0;
    const { fetch, calls } = fakeFetch(() => Promise.resolve(new Response('')));
    const isReachable = tenantReachability('https://t.example', { fetch, now: () => time });
    await Promise.all([isReachable(), isReachable(), isReachable()]);
    time += REACHABILITY_TTL_MS - 1;
    await isReachable();
    expect(calls).toHaveLength(1);
    time += 1;
    await isReachable();
    expect(calls).toHaveLength(2);
  });
});
