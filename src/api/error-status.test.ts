import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorInit } from './api-error.ts';
import {
  isAccessRefused,
  isAlreadyRegistered,
  isArnRejected,
  isProviderNotFound,
  isTransientHttpFailure,
} from './error-status.ts';

const error = (init: Partial<ApiErrorInit>) =>
  new ApiError({ operation: 'getKeyProvider', kind: 'http', status: 500, title: 't', ...init });

describe('status helpers', () => {
  it('name what a status means', () => {
    expect(isProviderNotFound(error({ status: 404 }))).toBe(true);
    expect(isProviderNotFound(error({ status: 414 }))).toBe(true);
    expect(isAlreadyRegistered(error({ status: 409 }))).toBe(true);
    expect(isArnRejected(error({ status: 417 }))).toBe(true);
    expect(isAccessRefused(error({ status: 401 }))).toBe(true);
    expect(isAccessRefused(error({ status: 403 }))).toBe(true);
    expect(isTransientHttpFailure(error({ status: 429 }))).toBe(true);
    expect(isTransientHttpFailure(error({ status: 503 }))).toBe(true);
    expect(isTransientHttpFailure(error({ status: 404 }))).toBe(false);
  });

  it('only judge the tenant’s HTTP answers, not the proxy’s own kinds or other errors', () => {
    expect(isProviderNotFound(error({ kind: 'unreachable', status: 502 }))).toBe(false);
    expect(isTransientHttpFailure(error({ kind: 'unreachable', status: 502 }))).toBe(false);
    expect(isAccessRefused(new Error('403'))).toBe(false);
  });
});
