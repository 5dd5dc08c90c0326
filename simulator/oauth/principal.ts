import { findUser, isTenantAdmin } from './directory.ts';
import { liveAccessGrant, type OAuthState } from './oauth-state.ts';

/** Who a bearer token speaks for; the request log names it so tests can see which credential arrived. */
export type Principal =
  | { kind: 'api-key' }
  | { kind: 'user'; userId: string; name: string; admin: boolean }
  | { kind: 'client'; clientId: string };

export function principalLabel(principal: Principal): string {
  switch (principal.kind) {
    case 'api-key':
      return 'api-key';
    case 'user':
      return `user:${principal.userId}`;
    case 'client':
      return `client:${principal.clientId}`;
  }
}

/** The principal of an OAuth access token, or undefined when it is unknown, revoked or expired. */
export function tokenPrincipal(
  state: OAuthState,
  token: string,
  now: number,
): Principal | undefined {
  const grant = liveAccessGrant(state, token, now);
  if (!grant) return undefined;
  if (grant.userId === null) return { kind: 'client', clientId: grant.clientId };
  const user = findUser(grant.userId);
  if (!user) return undefined;
  return { kind: 'user', userId: user.id, name: user.name, admin: isTenantAdmin(user) };
}
