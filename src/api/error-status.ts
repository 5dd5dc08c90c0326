import { isApiError, type ApiError } from './api-error.ts';

/** What an HTTP status from the tenant means for the console; the only place features learn it. */
const httpStatus = (error: unknown): number | null =>
  isApiError(error) && error.kind === 'http' ? error.status : null;

/** The key provider does not exist (404), or the fingerprint cannot be one (414). */
export function isProviderNotFound(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 404 || status === 414;
}

/** Registering a key that another key provider already has (409). */
export function isAlreadyRegistered(error: unknown): error is ApiError {
  return httpStatus(error) === 409;
}

/** The tenant could not read the key ARN it was given (417 on register). */
export function isArnRejected(error: unknown): boolean {
  return httpStatus(error) === 417;
}

/** The API key is wrong or lacks the right (401/403): asking again will not help. */
export function isAccessRefused(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 401 || status === 403;
}

/** Too many requests (429) or a server-side failure (5xx): worth asking again. */
export function isTransientHttpFailure(error: unknown): boolean {
  const status = httpStatus(error);
  return status !== null && (status === 429 || status >= 500);
}

/** Sign-in mode: the console's server has no valid session for this browser (its own 401). */
export function isSignedOut(error: unknown): boolean {
  return isApiError(error) && error.kind === 'signed-out';
}

const NOT_TENANT_ADMIN = /not a tenant admin/i;

/** A signed-in person without the tenant admin role (403 naming it, not a key policy refusal). */
export function isNotTenantAdmin(error: unknown): boolean {
  if (httpStatus(error) !== 403 || !isApiError(error)) return false;
  return NOT_TENANT_ADMIN.test(`${error.title} ${error.detail ?? ''}`);
}
