import type { MiddlewareHandler } from 'hono';

/**
 * True when another site's page sent the request. The proxy holds a tenant key, so a page on any
 * other origin must not be able to make it act (a form POST
 * that resets the tenant's key needs no CORS preflight). Requests without Origin or Sec-Fetch-Site (curl, tests) are not browsers' and pass.
 */
export function isCrossOriginRequest(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  try {
    return new URL(origin).host !== new URL(request.url).host;
  } catch {
    return true; // "null" (sandboxed frames, file://) or garbage
  }
}

/** Hono middleware answering `refusal` to another site's page instead of running the route. */
export function sameOriginOnly(refusal: (request: Request) => Response): MiddlewareHandler {
  return async (c, next) => {
    if (isCrossOriginRequest(c.req.raw)) return refusal(c.req.raw);
    await next();
  };
}
