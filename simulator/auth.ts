import type { SimContext } from './context.ts';
import { forbidden, unauthorized } from './errors.ts';
import { tokenPrincipal, type Principal } from './oauth/principal.ts';

function bearerOf(request: Request): string | Response {
  const header = request.headers.get('authorization');
  if (header === null || header.trim() === '') {
    return unauthorized(
      'The Authorization header is missing; send "Authorization: Bearer <API key>"',
    );
  }
  const match = /^Bearer(?:\s+(.*))?$/i.exec(header.trim());
  if (!match) return unauthorized('The Authorization header must use the Bearer scheme');
  const token = (match[1] ?? '').trim();
  if (token === '') return unauthorized('The bearer token is empty');
  return token;
}

/**
 * Who sent the request: the tenant's API key, a person's or a client's OAuth access token. In
 * embedded mode (no API key configured) any other bearer counts as the key the dev proxy adds.
 */
export function identify(ctx: SimContext, request: Request): Principal | Response {
  const token = bearerOf(request);
  if (token instanceof Response) return token;
  const principal = tokenPrincipal(ctx.oauth, token, ctx.now());
  if (principal) return principal;
  if (ctx.apiKey === undefined || token === ctx.apiKey) return { kind: 'api-key' };
  return unauthorized('The bearer token is not a valid API key or access token for this tenant');
}

/** The 401/403 to answer for the encryption API, or null when the caller may use it. */
export function authenticate(ctx: SimContext, request: Request): Response | null {
  const principal = identify(ctx, request);
  if (principal instanceof Response) return principal;
  if (principal.kind === 'user' && !principal.admin) {
    return forbidden(`${principal.name} is not a tenant admin; the encryption API needs that role`);
  }
  return null;
}
