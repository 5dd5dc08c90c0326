import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorInit } from './api-error.ts';
import { retryDelay, shouldRetryRead } from './retry-policy.ts';

const error = (init: Partial<ApiErrorInit>) =>
  new ApiError({ operation: 'listKeyProviders', kind: 'http', status: 500, title: 't', ...init });

describe('read retries', () => {
  it('retries transient failures a few times', () => {
    expect(shouldRetryRead(0, error({ status: 503 }))).toBe(true);
    expect(shouldRetryRead(0, error({ status: 429 }))).toBe(true);
    expect(shouldRetryRead(0, error({ kind: 'network', status: 0 }))).toBe(true);
    expect(shouldRetryRead(0, error({ kind: 'unreachable', status: 502 }))).toBe(true);
    expect(shouldRetryRead(3, error({ status: 503 }))).toBe(false);
    expect(shouldRetryRead(0, error({ kind: 'timeout', status: 0 }))).toBe(true);
    expect(shouldRetryRead(1, error({ kind: 'timeout', status: 0 }))).toBe(false);
  });

  it('never retries what asking again cannot fix', () => {
    expect(shouldRetryRead(0, error({ status: 404 }))).toBe(false);
    expect(shouldRetryRead(0, error({ status: 401 }))).toBe(false);
    expect(shouldRetryRead(0, error({ kind: 'malformed', status: 200 }))).toBe(false);
    expect(shouldRetryRead(0, error({ kind: 'signed-out', status: 401 }))).toBe(false);
    expect(shouldRetryRead(0, new Error('bug'))).toBe(false);
  });

  it('waits as long as Retry-After says, else backs off exponentially', () => {
    expect(retryDelay(1, error({ status: 429, retryAfterMs: 7000 }))).toBe(7000);
    expect(retryDelay(0, error({}))).toBe(1000);
    expect(retryDelay(2, error({}))).toBe(4000);
    expect(retryDelay(10, error({}))).toBe(15_000);
  });
});
