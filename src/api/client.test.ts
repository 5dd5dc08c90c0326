import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { signedOutResponse } from '../testing/console-server.ts';
import { testServer } from '../testing/test-server.ts';
import { ApiError } from './api-error.ts';
import { api, withTimeout } from './client.ts';
import { parseRetryAfter } from './read-error-response.ts';

const list = '*/api/v1/encryption/keyproviders/actions/list';
const one = '*/api/v1/encryption/keyproviders/:fp';

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('api client', () => {
  it('returns the body of a 2xx as data', async () => {
    testServer.use(http.get(list, () => HttpResponse.json([{ arn: 'a', name: 'n' }])));
    const { data } = await api.GET('/api/v1/encryption/keyproviders/actions/list');
    expect(data).toEqual([{ arn: 'a', name: 'n' }]);
  });

  it('turns a StandardError response into an ApiError naming the operation', async () => {
    testServer.use(
      http.get(one, () =>
        HttpResponse.json(
          { errors: [{ code: 'Encryption-404', title: 'Not found', detail: 'No fp abc' }] },
          { status: 404 },
        ),
      ),
    );
    const error = await failureOf(
      api.GET('/api/v1/encryption/keyproviders/{arnFingerPrint}', {
        params: { path: { arnFingerPrint: 'abc' } },
      }),
    );
    expect(error).toMatchObject({
      operation: 'getKeyProvider',
      kind: 'http',
      status: 404,
      code: 'Encryption-404',
      title: 'Not found',
      detail: 'No fp abc',
    });
  });

  it('keeps the status and text of a non-JSON error body', async () => {
    testServer.use(http.delete(one, () => new HttpResponse('upstream exploded', { status: 503 })));
    const error = await failureOf(
      api.DELETE('/api/v1/encryption/keyproviders/{arnFingerPrint}', {
        params: { path: { arnFingerPrint: 'abc' } },
      }),
    );
    expect(error).toMatchObject({ operation: 'deleteKeyProvider', status: 503 });
    expect(error.detail).toBe('upstream exploded');
  });

  it('marks the proxy’s "cannot reach the tenant" answer as unreachable', async () => {
    testServer.use(
      http.get(list, () =>
        HttpResponse.json(
          { errors: [{ code: 'CMK-PROXY-UNREACHABLE', title: 'Cannot reach the tenant' }] },
          { status: 502, headers: { 'x-cmk-proxy-error': 'unreachable' } },
        ),
      ),
    );
    const error = await failureOf(api.GET('/api/v1/encryption/keyproviders/actions/list'));
    expect(error).toMatchObject({ kind: 'unreachable', status: 502 });
  });

  it('tells the console’s "signed out" 401 apart from the tenant’s own 401', async () => {
    testServer.use(http.get(list, () => signedOutResponse()));
    const signedOut = await failureOf(api.GET('/api/v1/encryption/keyproviders/actions/list'));
    expect(signedOut).toMatchObject({ kind: 'signed-out', status: 401, code: 'CMK-SIGNED-OUT' });

    testServer.use(
      http.get(list, () =>
        HttpResponse.json(
          { errors: [{ code: 'Encryption-401', title: 'Unauthorized, invalid JWT' }] },
          { status: 401 },
        ),
      ),
    );
    const tenant = await failureOf(api.GET('/api/v1/encryption/keyproviders/actions/list'));
    expect(tenant).toMatchObject({ kind: 'http', status: 401 });
  });

  it('turns a network failure into a network ApiError', async () => {
    testServer.use(http.get(list, () => HttpResponse.error()));
    const error = await failureOf(api.GET('/api/v1/encryption/keyproviders/actions/list'));
    expect(error).toMatchObject({ kind: 'network', status: 0, operation: 'listKeyProviders' });
  });

  it('refuses a 200 whose body is not JSON', async () => {
    testServer.use(
      http.get(
        list,
        () => new HttpResponse('{"arn": tr', { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const error = await failureOf(api.GET('/api/v1/encryption/keyproviders/actions/list'));
    expect(error).toMatchObject({ kind: 'malformed', operation: 'listKeyProviders' });
  });

  it('gives up after the time limit with a timeout ApiError', async () => {
    testServer.use(
      http.get(list, async () => {
        await delay(2000);
        return HttpResponse.json([]);
      }),
    );
    const error = await failureOf(
      api.GET('/api/v1/encryption/keyproviders/actions/list', {
        signal: withTimeout(undefined, 50),
      }),
    );
    expect(error).toMatchObject({ kind: 'timeout', status: 0, operation: 'listKeyProviders' });
  });

  it('passes a caller’s abort through untouched', async () => {
    testServer.use(
      http.get(list, async () => {
        await delay(2000);
        return HttpResponse.json([]);
      }),
    );
    const caller = new AbortController();
    const call = api.GET('/api/v1/encryption/keyproviders/actions/list', {
      signal: withTimeout(caller.signal, 10_000),
    });
    caller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reads Retry-After on a 429', async () => {
    testServer.use(
      http.get(list, () =>
        HttpResponse.json(
          { errors: [{ code: '429', title: 'Too many requests' }] },
          { status: 429, headers: { 'Retry-After': '3' } },
        ),
      ),
    );
    const error = await failureOf(api.GET('/api/v1/encryption/keyproviders/actions/list'));
    expect(error.retryAfterMs).toBe(3000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
