/**
 * A console serving a fleet runs each tenant's console under `/t/<id>/`: the router's base, the
 * API client, the console's own server calls and the cross-tab channel names all carry the scope,
 * so nothing in one tenant's console can reach another. The scope is read once per page load:
 * moving between the fleet and a tenant is a document navigation, which starts every cache afresh.
 */

/** Tenant ids are URL-safe (see server/fleet/tenants-file.ts). */
const TENANT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The tenant id in `pathname` below `base` (`/`, or a sub-path such as `/cmk/`), or null. */
export function tenantScopeOf(pathname: string, base: string): string | null {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(`${root}t/`)) return null;
  const id = pathname.slice(root.length + 2).split('/')[0] ?? '';
  return TENANT_ID.test(id) ? id : null;
}

const base = import.meta.env.BASE_URL;

/** The tenant this page works in, or null (a single-tenant console, or the fleet overview). */
export const tenantScope: string | null = tenantScopeOf(
  // Absent where Node imports this module (the demo build script, server-side tests).
  (globalThis as { location?: Location }).location?.pathname ?? '/',
  base,
);

/** Where one tenant's console lives: `/t/<id>` (no trailing slash). */
export const tenantPrefix = (id: string) => `/t/${encodeURIComponent(id)}`;

/** The prefix of this page's server calls: `/t/<id>` in a tenant of a fleet, else empty. */
export const scopePrefix = tenantScope ? tenantPrefix(tenantScope) : '';

/** A console-server path (`/__console/…`, `/auth/…`) for this page's scope. */
export const scopedPath = (path: string) => `${scopePrefix}${path}`;

/** A name shared across tabs (locks, channels), kept apart per tenant. */
export const scopedName = (name: string) => (tenantScope ? `${name}@${tenantScope}` : name);

/** The document address of the fleet overview (the console's root). */
export const fleetHref = base;

/** The document address of one tenant's console (a full navigation: see above). */
export const tenantHref = (id: string) => `${base.replace(/\/$/, '')}${tenantPrefix(id)}/`;

/** Leaves this page for `href` without a history entry (the fleet's own redirect). */
export function replaceDocument(href: string) {
  globalThis.location.replace(href);
}
