import type { MiddlewareHandler } from 'hono';

/** One year, the value HSTS preload lists expect; no includeSubDomains: other hosts are not ours. */
const HSTS = 'max-age=31536000';

/**
 * Whether the browser reached the console over HTTPS: the connection itself, or, with TRUST_PROXY,
 * the first `X-Forwarded-Proto` (the one the client-facing proxy set).
 */
export function isHttpsRequest(request: Request, trustProxy: boolean): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  if (!trustProxy) return false;
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https';
}

/** Strict-Transport-Security on answers to HTTPS requests only: over plain HTTP it is ignored, or wrong. */
export function strictTransportSecurity(trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (isHttpsRequest(c.req.raw, trustProxy)) c.header('Strict-Transport-Security', HSTS);
  };
}
