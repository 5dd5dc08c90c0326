import { Hono } from 'hono';
import { createApiProxy, type ApiProxy, type ApiProxyOptions } from './api-proxy.ts';
import { proxyErrorResponse } from './proxy-errors.ts';
import { rawRequestTarget } from './request-target.ts';
import { requestBodyLimit } from './request-body-limit.ts';

/** The largest request body the proxy accepts; the API's own bodies are a few hundred bytes. */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

/** The API proxy as a Hono app, to mount where the console serves `/api`. */
export function createApiProxyApp(options: ApiProxyOptions): Hono {
  return proxyApp(createApiProxy(options), options.upstream.kind);
}

/**
 * Any fetch-style proxy as that app, behind the same body limit (sign-in mode's per-person
 * proxy, the activity log's wrapper).
 */
export function proxyApp(proxy: ApiProxy, upstreamKind: ApiProxyOptions['upstream']['kind']): Hono {
  const tooLarge = () =>
    proxyErrorResponse(
      'too-large',
      `Request bodies are limited to ${MAX_REQUEST_BODY_BYTES} bytes (1 MiB); this one was not sent to the tenant.`,
      upstreamKind,
    );
  const app = new Hono();
  app.use(requestBodyLimit(MAX_REQUEST_BODY_BYTES, tooLarge));
  app.all('*', (c) => proxy(c.req.raw, rawRequestTarget(c)));
  return app;
}
