import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';

const context = new AsyncLocalStorage<{ requestId: string }>();

/** What a client may send as `X-Request-Id`; anything else is replaced, never logged. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id of the request being served, for every line logged while serving it. */
export const currentRequestId = (): string | undefined => context.getStore()?.requestId;

/** Serves each request with its id: the client's `X-Request-Id` when plain, else a new one. */
export function requestContext(): MiddlewareHandler {
  return (c, next) => {
    const given = c.req.header('x-request-id');
    const requestId = given && SAFE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
    return context.run({ requestId }, next);
  };
}
