import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorInit } from './api-error.ts';
import {
  isAccessRefused,
  isAlreadyRegistered,
  isArnRejected,
  isNotTenantAdmin,
  isProviderNotFound,
  isSignedOut,
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

  it('tell the console’s signed-out answer from the tenant’s 401', () => {
    expect(isSignedOut(error({ kind: 'signed-out', status: 401 }))).toBe(true);
    expect(isSignedOut(error({ status: 401 }))).toBe(false);
    expect(isAccessRefused(error({ kind: 'signed-out', status: 401 }))).toBe(false);
  });

  it('tell a person without the admin role from a key policy refusal (both 403)', () => {
    const detail = 'Ada Lovelace is not a tenant admin; the encryption API needs that role';
    expect(isNotTenantAdmin(error({ status: 403, title: 'Forbidden', detail }))).toBe(true);
    expect(isNotTenantAdmin(error({ status: 403, detail: 'KMS AccessDeniedException' }))).toBe(
      false,
    );
    expect(isNotTenantAdmin(error({ status: 401, detail }))).toBe(false);
  });
});
