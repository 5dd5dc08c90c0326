/** What a test browser talks to: a Hono app's `request`, or anything shaped like it. */
type Visit = (url: string, init?: RequestInit) => Response | Promise<Response>;

/**
 * A browser for tests: keeps the cookies the console sets, never sees the tenant's tokens, and
 * signs in at the simulated tenant's own sign-in form.
 */
export function testBrowser(request: Visit, consoleOrigin: string, tenantUrl: string) {
  const jar = new Map<string, string>();
  const responses: Response[] = [];
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  async function visit(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', cookieHeader());
    const response = await request(`${consoleOrigin}${path}`, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (/max-age=0/i.test(cookie) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    responses.push(response.clone());
    return response;
  }
  /** Starts a sign-in and decides at the tenant (a user id, or null: Decline); the callback's path. */
  async function authorize(user: string | null, returnTo = '/providers') {
    const login = await visit(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    const authorizeUrl = new URL(login.headers.get('location') ?? '');
    const form = new URLSearchParams(authorizeUrl.searchParams);
    if (user) form.set('user', user);
    const decided = await fetch(`${tenantUrl}/oauth/authorize`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    const callback = new URL(decided.headers.get('location') ?? '');
    return `${callback.pathname}${callback.search}`;
  }
  /** Signs in at the simulated tenant as `user` and comes back to the console's callback. */
  async function signIn(user: string, returnTo?: string) {
    return visit(await authorize(user, returnTo));
  }
  return { visit, authorize, signIn, jar, responses };
}
