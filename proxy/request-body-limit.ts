import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** A standard Request with the same method, URL, headers, body and abort signal. */
function standardRequest(request: Request): Request {
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: request.signal,
    duplex: 'half',
  } as RequestInit);
}

/**
 * hono/body-limit for a request of any host. Without Content-Length it re-creates the request with
 * `new Request(request, init)`, which @hono/node-server's lightweight Request does not survive:
 * such requests are first made standard ones (writes only; reads have no body).
 */
export function requestBodyLimit(maxSize: number, onError: () => Response): MiddlewareHandler {
  const limit = bodyLimit({ maxSize, onError: () => onError() });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (!c.req.raw.headers.has('content-length')) c.req.raw = standardRequest(c.req.raw);
    return limit(c, next);
  };
}
