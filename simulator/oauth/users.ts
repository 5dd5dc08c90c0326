import { json } from '../http.ts';
import { standardError } from '../errors.ts';
import { findUser } from './directory.ts';
import type { Principal } from './principal.ts';

const USERS_PREFIX = '/api/v1/users/';

export const isUsersPath = (pathname: string) => pathname.startsWith(USERS_PREFIX);

function notFound(detail: string) {
  return json(404, standardError(404, 'Not Found', detail, undefined, 'USERS-404'));
}

/**
 * `GET /api/v1/users/me` answers with a redirect to the user resource, as Qlik documents it;
 * `GET /api/v1/users/{id}` answers the user.
 */
export function serveUsers(principal: Principal, pathname: string, tenantId: string): Response {
  const id = pathname.slice(USERS_PREFIX.length);
  if (id === 'me') {
    if (principal.kind !== 'user') return notFound('This credential does not belong to a person');
    return new Response(null, {
      status: 301,
      headers: { location: `${USERS_PREFIX}${encodeURIComponent(principal.userId)}` },
    });
  }
  const user = findUser(decodeURIComponent(id));
  if (!user) return notFound(`No user ${id}`);
  return json(200, {
    id: user.id,
    tenantId,
    name: user.name,
    email: user.email,
    status: 'active',
    assignedRoles: user.assignedRoles.map((name) => ({ name, type: 'default', level: 'admin' })),
  });
}
