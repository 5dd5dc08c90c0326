/** The people and OAuth clients of the simulated tenant. */

export interface SimUser {
  id: string;
  name: string;
  email: string;
  /** `TenantAdmin` may call the encryption API; others get 403. */
  assignedRoles: string[];
}

export interface SimOAuthClient {
  clientId: string;
  clientSecret: string;
  /** `web`: authorization code + PKCE for people; `m2m`: client credentials for a service. */
  kind: 'web' | 'm2m';
  /**
   * Exact redirect URIs, as an admin lists them when creating the client in Qlik Cloud. Undefined:
   * any http(s) URI on a loopback host ending in `/auth/callback` (tests start on free ports).
   */
  redirectUris?: string[];
}

export const SIM_USERS: readonly SimUser[] = [
  {
    id: 'sim-user-ada',
    name: 'Ada Admin',
    email: 'ada.admin@example.com',
    assignedRoles: ['TenantAdmin'],
  },
  {
    id: 'sim-user-grace',
    name: 'Grace Admin',
    email: 'grace.admin@example.com',
    assignedRoles: ['TenantAdmin'],
  },
  {
    id: 'sim-user-nora',
    name: 'Nora Analyst',
    email: 'nora.analyst@example.com',
    assignedRoles: [],
  },
];

export const DEFAULT_OAUTH_CLIENTS: readonly SimOAuthClient[] = [
  { clientId: 'sim-web-client', clientSecret: 'sim-web-secret', kind: 'web' },
  { clientId: 'sim-m2m-client', clientSecret: 'sim-m2m-secret', kind: 'm2m' },
];

export const isTenantAdmin = (user: SimUser) => user.assignedRoles.includes('TenantAdmin');

export const findUser = (id: string) => SIM_USERS.find((user) => user.id === id);

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function redirectAllowed(client: SimOAuthClient, uri: string): boolean {
  if (client.redirectUris) return client.redirectUris.includes(uri);
  try {
    const url = new URL(uri);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      LOOPBACK.has(url.hostname) &&
      url.pathname === '/auth/callback' &&
      url.search === '' &&
      url.hash === ''
    );
  } catch {
    return false;
  }
}
