import { ApiError, type ApiErrorKind } from './api-error.ts';
import type { OperationId } from './operations.ts';

interface ErrorItem {
  code?: unknown;
  title?: unknown;
  detail?: unknown;
  meta?: unknown;
}

function firstErrorItem(body: unknown): ErrorItem | undefined {
  if (typeof body !== 'object' || body === null || !('errors' in body)) return undefined;
  const { errors } = body;
  return Array.isArray(errors) ? (errors[0] as ErrorItem | undefined) : undefined;
}

const asString = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const PROXY_KINDS = ['unreachable', 'timeout', 'signed-out'] as const;

/** The proxy's own answers (`x-cmk-proxy-error`) that the UI tells apart from the tenant's. */
function kindOf(response: Response): ApiErrorKind {
  const proxyError = response.headers.get('x-cmk-proxy-error');
  return PROXY_KINDS.find((kind) => kind === proxyError) ?? 'http';
}

/** Turns a non-2xx response into the one error type the UI knows. */
export async function readErrorResponse(
  operation: OperationId | 'unknown',
  response: Response,
): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const item = firstErrorItem(body);
  return new ApiError({
    operation,
    kind: kindOf(response),
    status: response.status,
    code: asString(item?.code),
    title: asString(item?.title) ?? (response.statusText || `HTTP ${response.status}`),
    detail: asString(item?.detail) ?? (item ? undefined : text.slice(0, 300) || undefined),
    meta:
      typeof item?.meta === 'object' && item.meta !== null
        ? (item.meta as Record<string, unknown>)
        : undefined,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  });
}
