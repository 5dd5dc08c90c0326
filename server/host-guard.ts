import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import { withConsoleOrigins } from '../proxy/console-origins.ts';
import { proxyErrorResponse } from '../proxy/proxy-errors.ts';
import { consoleHostsOf, normaliseHost } from './console-hosts.ts';
import type { ConsoleMode } from './mode.ts';

/**
 * The port the request arrived on: the socket's, which is the port the server listens on under
 * every host (npm start with PORT=0, vite with a port it moved to). A request made in-process
 * (`app.request` in tests) has no socket and comes from no network: its URL's port stands in
 * (none: 80, as a `Host` without a port reads).
 */
function arrivalPort(request: Request, env: unknown): number {
  const socket = (env as Partial<HttpBindings> | undefined)?.incoming?.socket;
  if (socket?.localPort) return socket.localPort;
  return Number(new URL(request.url).port || 80);
}

/**
 * Answers 421 to a request whose `Host` is not one of the console's names, before any route: a
 * page on another name that resolves to this machine (DNS rebinding) reaches nothing. The routes
 * behind it compare `Origin` with the console's origins (proxy/same-origin.ts).
 */
export function hostGuard(mode: ConsoleMode): MiddlewareHandler {
  const upstreamKind = mode.kind === 'simulator' ? 'simulator' : 'tenant';
  return async (c, next) => {
    const { hosts, origins } = consoleHostsOf(mode, arrivalPort(c.req.raw, c.env));
    const sent = c.req.header('host') ?? new URL(c.req.url).host;
    if (!hosts.has(normaliseHost(sent) ?? '')) {
      const names = [...hosts].join(', ');
      const detail =
        `This console answers at ${names}, not at "${sent.slice(0, 100)}". Open it at one of those ` +
        'names; a reverse proxy that serves it under another name must list it in CONSOLE_ALLOWED_HOSTS.';
      return proxyErrorResponse('foreign-host', detail, upstreamKind);
    }
    await withConsoleOrigins(origins, next);
  };
}
