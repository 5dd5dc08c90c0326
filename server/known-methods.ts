import type { MiddlewareHandler } from 'hono';
import { standardErrorResponse } from './common/standard-error.ts';

/** Every method a page of the console, its API or a browser's preflight sends. */
export const KNOWN_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * 405 for any other method (TRACE, PROPFIND…), before a route can treat it as one it knows
 * (`app.all`) or hand it to `new Request`, which throws on TRACE. Node's parser already answers
 * 400 to a method it does not know at all.
 */
export const knownMethodsOnly: MiddlewareHandler = async (c, next) => {
  if (KNOWN_METHODS.includes(c.req.method)) return next();
  const allow = KNOWN_METHODS.join(', ');
  return standardErrorResponse(
    405,
    {
      code: 'CMK-METHOD-NOT-ALLOWED',
      title: 'Method not allowed',
      detail: `The console does not answer ${c.req.method.slice(0, 20)} requests; it answers ${allow}.`,
    },
    { allow },
  );
};
