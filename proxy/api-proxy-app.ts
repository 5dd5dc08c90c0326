import { Hono } from 'hono';
import { createApiProxy, type ApiProxyOptions } from './api-proxy.ts';

/** The API proxy as a Hono app, to mount where the console serves `/api`. */
export function createApiProxyApp(options: ApiProxyOptions): Hono {
  const proxy = createApiProxy(options);
  const app = new Hono();
  app.all('*', (c) => proxy(c.req.raw));
  return app;
}
