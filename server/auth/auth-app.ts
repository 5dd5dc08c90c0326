import { Hono } from 'hono';
import { sameOriginOnly } from '../../proxy/same-origin.ts';
import { standardErrorResponse } from '../common/standard-error.ts';
import { fetchCurrentUser } from './current-user.ts';
import { OAuthFailure } from './oauth-failure.ts';
import type { QlikOAuth } from './qlik-oauth.ts';
import {
  clearFlowCookie,
  clearSessionCookie,
  readFlowId,
  readSessionId,
  setFlowCookie,
  setSessionCookie,
  type CookiePolicy,
} from './session-cookie.ts';
import type { SessionStore } from './session-store.ts';
import { createSignInFlows, FLOW_TTL_MS, safeReturnTo } from './sign-in-flows.ts';

export interface AuthAppOptions {
  tenantUrl: string;
  oauth: QlikOAuth;
  sessions: SessionStore;
  cookies: CookiePolicy;
  log: (line: string) => void;
  fetch?: typeof fetch;
}

export const signedOut = (detail: string) =>
  standardErrorResponse(
    401,
    { code: 'CMK-SIGNED-OUT', title: 'Your session has ended', detail },
    { 'x-cmk-proxy-error': 'signed-out' },
  );

const crossOriginRefusal = () =>
  standardErrorResponse(403, {
    code: 'CMK-PROXY-CROSS-ORIGIN',
    title: 'Cross-origin request refused',
    detail: 'Only pages served by this console may sign out.',
  });

/** `/auth/*`: sign in with the admin's own Qlik account, who is signed in, sign out. */
export function createAuthApp(options: AuthAppOptions): Hono {
  const { oauth, sessions, cookies, log } = options;
  const flows = createSignInFlows();
  const app = new Hono();
  const failSignIn = (reason: string) => `/?signin_error=${encodeURIComponent(reason)}`;

  app.get('/login', async (c) => {
    const { url, pending } = await oauth.startSignIn();
    const flowId = flows.start(pending, safeReturnTo(c.req.query('returnTo')));
    setFlowCookie(c, flowId, cookies, FLOW_TTL_MS / 1000);
    return c.redirect(url.toString(), 302);
  });

  app.get('/callback', async (c) => {
    const flow = flows.take(readFlowId(c));
    clearFlowCookie(c, cookies);
    if (!flow) {
      log(
        'Sign-in: a callback arrived that this browser did not start (forged, replayed or expired)',
      );
      return c.redirect(
        failSignIn(
          'That sign-in was not started in this browser, or it took too long. Sign in again.',
        ),
        302,
      );
    }
    try {
      const tokens = await oauth.finishSignIn(new URL(c.req.url), flow.pending);
      const user = await fetchCurrentUser(options.tenantUrl, tokens.accessToken, options.fetch);
      const previous = readSessionId(c);
      if (previous) await sessions.delete(previous);
      // A new id at every sign-in: a session id planted before sign-in is worth nothing.
      const session = await sessions.create(tokens, user);
      setSessionCookie(c, session.id, cookies);
      log(`Sign-in: ${user.name} (${user.id}) signed in`);
      return c.redirect(flow.returnTo, 302);
    } catch (error) {
      const reason =
        error instanceof OAuthFailure
          ? error.message
          : `Sign-in failed: ${String(error instanceof Error ? error.message : error)}`;
      log(`Sign-in failed: ${reason}`);
      return c.redirect(failSignIn(reason), 302);
    }
  });

  app.get('/session', async (c) => {
    const id = readSessionId(c);
    const session = id ? await sessions.get(id) : undefined;
    c.header('cache-control', 'no-store');
    if (!session?.user) return signedOut('Nobody is signed in in this browser.');
    return c.json({ user: session.user });
  });

  app.post('/logout', sameOriginOnly(crossOriginRefusal), async (c) => {
    const id = readSessionId(c);
    const session = id ? await sessions.get(id) : undefined;
    if (id) await sessions.delete(id);
    clearSessionCookie(c, cookies);
    if (session) {
      const { refreshToken, accessToken } = session.tokens;
      const revocations = [
        ...(refreshToken ? [oauth.revoke(refreshToken, 'refresh_token')] : []),
        oauth.revoke(accessToken, 'access_token'),
      ];
      for (const result of await Promise.allSettled(revocations)) {
        if (result.status === 'rejected') log(`Sign-out: ${String(result.reason)}`);
      }
      log(`Sign-out: ${session.user?.name ?? 'someone'} signed out`);
    }
    return c.body(null, 204);
  });

  return app;
}
