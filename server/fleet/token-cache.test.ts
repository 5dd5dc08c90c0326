import { describe, expect, it } from 'vitest';
import { createTokenCache } from './token-cache.ts';

function setup(expiresInMs: number | null) {
  let now = 1_000_000;
  let issued = 0;
  const cache = createTokenCache(
    () => {
      issued += 1;
      const expiresAt = expiresInMs === null ? null : now + expiresInMs;
      return Promise.resolve({ accessToken: `t${issued}`, refreshToken: null, expiresAt });
    },
    () => now,
  );
  return { cache, advance: (ms: number) => (now += ms), issued: () => issued };
}

describe('M2M token cache', () => {
  it('reuses a token until shortly before it expires', async () => {
    const { cache, advance, issued } = setup(10 * 60_000);
    expect(await cache.accessToken()).toBe('t1');
    advance(8 * 60_000);
    expect(await cache.accessToken()).toBe('t1');
    advance(60_000 + 1);
    expect(await cache.accessToken()).toBe('t2');
    expect(issued()).toBe(2);
  });

  it('keeps a token without an expiry until the tenant refuses it', async () => {
    const { cache, advance } = setup(null);
    expect(await cache.accessToken()).toBe('t1');
    advance(24 * 60 * 60_000);
    expect(await cache.accessToken()).toBe('t1');
    cache.invalidate('t1');
    expect(await cache.accessToken()).toBe('t2');
  });

  it('ignores a 401 for a token already replaced', async () => {
    const { cache } = setup(null);
    await cache.accessToken();
    cache.invalidate('t1');
    await cache.accessToken();
    cache.invalidate('t1');
    expect(await cache.accessToken()).toBe('t2');
  });

  it('asks once for concurrent callers', async () => {
    const { cache, issued } = setup(60 * 60_000);
    const tokens = await Promise.all([
      cache.accessToken(),
      cache.accessToken(),
      cache.accessToken(),
    ]);
    expect(tokens).toEqual(['t1', 't1', 't1']);
    expect(issued()).toBe(1);
  });

  it('asks again after a failed request', async () => {
    let calls = 0;
    const cache = createTokenCache(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new Error('tenant down'))
        : Promise.resolve({ accessToken: 'ok', refreshToken: null, expiresAt: null });
    });
    await expect(cache.accessToken()).rejects.toThrow('tenant down');
    expect(await cache.accessToken()).toBe('ok');
  });
});
