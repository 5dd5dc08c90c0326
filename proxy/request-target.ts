import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/**
 * The path and query exactly as the client sent them. Node hosts give the raw request line, before
 * the URL parser resolves dot segments; elsewhere (tests, workers) the request URL is all there is.
 */
export function rawRequestTarget(c: Context): string {
  const bindings = c.env as Partial<HttpBindings> | undefined;
  const raw = bindings?.incoming?.url;
  if (raw) return raw;
  const url = new URL(c.req.url);
  return `${url.pathname}${url.search}`;
}
