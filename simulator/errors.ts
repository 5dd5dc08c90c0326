import { json } from './http.ts';
import { GENERIC_TITLES, TITLES, type DeclaredErrorStatus, type OperationId } from './titles.ts';

export interface ErrorItem {
  code: string;
  title: string;
  detail: string;
  status: string;
  meta?: Record<string, unknown>;
}

export interface StandardErrorBody {
  errors: ErrorItem[];
}

export function standardError(
  status: number,
  title: string,
  detail: string,
  meta?: Record<string, unknown>,
  code = `Encryption-${status}`,
): StandardErrorBody {
  const item: ErrorItem = { code, title, detail, status: String(status) };
  if (meta) item.meta = meta;
  return { errors: [item] };
}

/** An error the API reference declares for this operation, titled as the reference titles it. */
export function apiError<O extends OperationId>(
  operation: O,
  status: DeclaredErrorStatus<O>,
  detail: string,
  meta?: Record<string, unknown>,
): Response {
  const title: string = TITLES[operation][status];
  return json(status, standardError(status, title, detail, meta));
}

export function unauthorized(detail: string): Response {
  return json(401, standardError(401, GENERIC_TITLES.unauthorized, detail), {
    'www-authenticate': 'Bearer',
  });
}

/** A valid token of someone without the tenant admin role. */
export function forbidden(detail: string): Response {
  return json(403, standardError(403, 'Forbidden', detail));
}

export function fingerprintTooLong(length: number, limit: number): Response {
  const detail = `The fingerprint is ${length} characters long; at most ${limit} are accepted`;
  return json(414, standardError(414, GENERIC_TITLES.fingerprintTooLong, detail, { limit }));
}

export function routeNotFound(method: string, path: string): Response {
  const detail = `No route matches ${method} ${path}`;
  return json(404, standardError(404, GENERIC_TITLES.routeNotFound, detail));
}

export function methodNotAllowed(method: string, path: string, allowed: string[]): Response {
  const detail = `${method} is not supported on ${path}; use ${allowed.join(' or ')}`;
  return json(405, standardError(405, GENERIC_TITLES.methodNotAllowed, detail), {
    allow: allowed.join(', '),
  });
}
