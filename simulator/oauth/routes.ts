import { identify } from '../auth.ts';
import type { SimContext } from '../context.ts';
import { methodNotAllowed, routeNotFound } from '../errors.ts';
import { record } from '../request-log.ts';
import { decideAuthorize, showAuthorize } from './authorize.ts';
import { principalLabel } from './principal.ts';
import { revokeEndpoint, tokenEndpoint } from './token.ts';
import { isUsersPath, serveUsers } from './users.ts';

export const isOAuthPath = (pathname: string) =>
  pathname.startsWith('/oauth/') || isUsersPath(pathname);

async function route(ctx: SimContext, request: Request, url: URL): Promise<Response> {
  const { pathname } = url;
  const { method } = request;
  const now = ctx.now();
  if (pathname === '/oauth/authorize') {
    if (method === 'GET') return showAuthorize(ctx.oauth, url);
    if (method === 'POST') return decideAuthorize(ctx.oauth, request, now);
    return methodNotAllowed(method, pathname, ['GET', 'POST']);
  }
  if (pathname === '/oauth/token' || pathname === '/oauth/revoke') {
    if (method !== 'POST') return methodNotAllowed(method, pathname, ['POST']);
    return pathname === '/oauth/token'
      ? tokenEndpoint(ctx.oauth, request, now)
      : revokeEndpoint(ctx.oauth, request);
  }
  if (isUsersPath(pathname)) {
    if (method !== 'GET') return methodNotAllowed(method, pathname, ['GET']);
    const principal = identify(ctx, request);
    if (principal instanceof Response) return principal;
    return serveUsers(principal, pathname, ctx.tenant.tenantId);
  }
  return routeNotFound(method, pathname);
}

/** The tenant's OAuth endpoints and users API, logged like the encryption API. */
export async function handleOAuth(ctx: SimContext, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const principal = request.headers.has('authorization') ? identify(ctx, request) : null;
  const entry = record(ctx.log, {
    at: new Date(ctx.now()).toISOString(),
    method: request.method,
    path: url.pathname,
    status: null,
    ...(principal && !(principal instanceof Response)
      ? { credential: principalLabel(principal) }
      : {}),
  });
  const response = await route(ctx, request, url);
  entry.status = response.status;
  return response;
}
