import type { Upstream } from '../../proxy/upstream.ts';
import type { Actor } from '../activity/record-changes.ts';
import type { ConsoleMode } from '../mode.ts';
import { createAuthApp, signedOut } from './auth-app.ts';
import { flowKeyFrom } from './flow-key.ts';
import { createQlikOAuth } from './qlik-oauth.ts';
import { sessionIdOf } from './session-cookie.ts';
import { createSessionProxy } from './session-proxy.ts';
import { createMemorySessionStore, type SessionStore } from './session-store.ts';

type SignInMode = Extract<ConsoleMode, { kind: 'signin' }>;

/** Everything sign-in mode adds: the OAuth client, sessions, `/auth`, the per-person proxy. */
export async function createSignInSupport(
  mode: SignInMode,
  {
    upstream,
    log,
    sessions: shared,
    sessionSecrets,
  }: {
    upstream: Upstream;
    log: (line: string) => void;
    sessions?: SessionStore | undefined;
    /** The secrets in force (configured, or the embedded database's generated one). */
    sessionSecrets?: readonly string[] | undefined;
  },
) {
  const { signIn, tenantUrl, readOnly } = mode;
  const sessions =
    shared ??
    createMemorySessionStore({
      idleMs: signIn.sessionIdleMs,
      absoluteMs: signIn.sessionAbsoluteMs,
    });
  const oauth = createQlikOAuth({
    tenantUrl,
    clientId: signIn.clientId,
    clientSecret: signIn.clientSecret,
    redirectUri: `${signIn.consoleOrigin}/auth/callback`,
    scopes: signIn.scopes,
  });
  const cookies = { secure: signIn.consoleOrigin.startsWith('https:') };
  const sessionOf = async (request: Request) => {
    const id = sessionIdOf(request);
    return id ? sessions.get(id) : undefined;
  };
  return {
    authApp: createAuthApp({
      tenantUrl,
      consoleOrigin: signIn.consoleOrigin,
      oauth,
      sessions,
      cookies,
      flowKey: await flowKeyFrom(sessionSecrets?.[0] ?? signIn.sessionSecrets?.[0] ?? null),
      log,
    }),
    proxy: createSessionProxy({ upstream, readOnly, log, sessions, oauth }),
    actorOf: async (request: Request): Promise<Actor> => {
      const user = (await sessionOf(request))?.user;
      return user ? { id: user.id, name: user.name } : { id: null, name: 'Signed-out visitor' };
    },
    /** Console routes that need a signed-in person answer 401 like the API. */
    guard: async (request: Request): Promise<Response | null> =>
      (await sessionOf(request)) ? null : signedOut('Sign in to see the activity log.'),
  };
}
