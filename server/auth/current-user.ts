import type { SessionUser } from './session-store.ts';

/**
 * The signed-in person, from `GET /api/v1/users/me`. Qlik answers with a redirect to the user
 * resource; it is followed here by hand, only on the tenant's own origin, so the token never
 * follows a redirect elsewhere.
 */
export async function fetchCurrentUser(
  tenantUrl: string,
  accessToken: string,
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Promise<SessionUser> {
  const headers = { authorization: `Bearer ${accessToken}`, accept: 'application/json' };
  let url = new URL('/api/v1/users/me', tenantUrl);
  for (let hop = 0; hop < 3; hop += 1) {
    const response = await fetchImpl(url, { headers, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      void response.body?.cancel();
      url = new URL(location, url);
      if (url.origin !== new URL(tenantUrl).origin) {
        throw new Error(`the tenant sent users/me to another site (${url.origin})`);
      }
      continue;
    }
    if (!response.ok) throw new Error(`the tenant answered users/me with HTTP ${response.status}`);
    const body = (await response.json()) as { id?: unknown; name?: unknown; email?: unknown };
    if (typeof body.id !== 'string') throw new Error('the tenant sent a user without an id');
    const email = typeof body.email === 'string' ? body.email : body.id;
    const name = typeof body.name === 'string' && body.name ? body.name : email;
    return { id: body.id, name };
  }
  throw new Error('the tenant redirected users/me too many times');
}
