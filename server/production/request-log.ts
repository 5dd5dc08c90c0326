import type { MiddlewareHandler } from 'hono';
import { matchOperation } from '../../src/api/operations.gen.ts';

const LONGEST_LOGGED_PATH = 200;

/** The operation's name for API calls, else the path; never the query (it could hold anything). */
/** A fleet tenant's API call: `/t/<id>/api/…`. */
const TENANT_API = /^\/t\/([a-z0-9-]+)(\/api\/.*)$/;

function whatWasAsked(method: string, url: string): string {
  const { pathname } = new URL(url);
  const [, tenant, apiPath] = TENANT_API.exec(pathname) ?? [];
  const path = apiPath ?? pathname;
  const operation = path.startsWith('/api/') ? matchOperation(method, path) : undefined;
  if (operation && tenant) return `${tenant}:${operation.operationId}`;
  return operation?.operationId ?? pathname.slice(0, LONGEST_LOGGED_PATH);
}

/** One line per request: method, operation or path, status, duration in ms (the logger adds the time and request id). */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round(performance.now() - started);
    const what = whatWasAsked(c.req.method, c.req.url);
    write(`${c.req.method} ${what} ${String(c.res.status)} ${String(ms)}ms`);
  };
}
