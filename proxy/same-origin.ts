import type { MiddlewareHandler } from 'hono';
import { consoleOrigins } from './console-origins.ts';

/** `scheme://host[:port]` exactly, as a browser sends it: no user info, path, query or `null`. */
function plainOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin === value.toLowerCase() ? url.origin : null;
}

/** Whether an Origin header names one of the console's own origins (scheme, host and port). */
export function isConsoleOrigin(origin: string, own: ReadonlySet<string>): boolean {
  const plain = plainOrigin(origin);
  return plain !== null && own.has(plain);
}

/**
 * True when another site's page sent the request. The proxy holds a tenant key, so a page on any
 * other origin must not be able to make it act (a form POST that resets the tenant's key needs no
 * CORS preflight). The Origin is compared with the console's own origins, never with `Host`, which
 * a page on a rebinding name sets to match its Origin. Requests without Origin or Sec-Fetch-Site
 * (curl, tests) are not browsers' and pass.
 */
export function isCrossOriginRequest(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  return origin !== null && !isConsoleOrigin(origin, consoleOrigins());
}

/** Hono middleware answering `refusal` to another site's page instead of running the route. */
export function sameOriginOnly(refusal: (request: Request) => Response): MiddlewareHandler {
  return async (c, next) => {
    if (isCrossOriginRequest(c.req.raw)) return refusal(c.req.raw);
    await next();
  };
}
