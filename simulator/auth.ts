import type { SimContext } from './context.ts';
import { unauthorized } from './errors.ts';

/** The 401 to answer, or null when the bearer token is acceptable. */
export function authenticate(ctx: SimContext, request: Request): Response | null {
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
  if (ctx.apiKey !== undefined && token !== ctx.apiKey) {
    return unauthorized('The bearer token is not a valid API key for this tenant');
  }
  return null;
}
