import { Hono } from 'hono';
import { sameOriginOnly } from '../../proxy/same-origin.ts';
import { standardErrorResponse } from '../common/standard-error.ts';
import { fetchCurrentUser } from './current-user.ts';
import type { QlikOAuth } from './qlik-oauth.ts';
import { safeReturnTo } from './return-to.ts';
import { revokeSessionTokens } from './revoke-session.ts';
import { openFlow, sealFlow, type FlowKey } from './sealed-flow.ts';
import {
  clearFlowCookie,
  clearSessionCookie,
  readFlowCookie,
  readSessionId,
  setFlowCookie,
  setSessionCookie,
  type CookiePolicy,
} from './session-cookie.ts';
import type { SessionStore } from './session-store.ts';
import {
  finishFailureCode,
  flowProblemCode,
  signInErrorPath,
  type SignInErrorCode,
} from './sign-in-errors.ts';

export interface AuthAppOptions {
  tenantUrl: string;
  /** Where people open the console: `returnTo` must stay on it. */
  consoleOrigin: string;
  oauth: QlikOAuth;
  sessions: SessionStore;
  cookies: CookiePolicy;
  /** Seals the sign-in flow cookie (`flow-key.ts` makes one). */
  flowKey: FlowKey;
  log: (line: string) => void;
  fetch?: typeof fetch;
  now?: () => number;
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
  const { oauth, sessions, cookies, log, flowKey, now = Date.now } = options;
  const app = new Hono();

  // Pending sign-ins live only in the browser's sealed cookie: a flood of logins costs no memory.
  app.get('/login', async (c) => {
    const { url, pending } = await oauth.startSignIn();
    const returnTo = safeReturnTo(c.req.query('returnTo'), options.consoleOrigin);
    setFlowCookie(c, await sealFlow({ ...pending, returnTo }, flowKey, now), cookies);
    return c.redirect(url.toString(), 302);
  });

  app.get('/callback', async (c) => {
    const opened = await openFlow(readFlowCookie(c), flowKey, now);
    clearFlowCookie(c, cookies);
    const fail = (code: SignInErrorCode, why: string) => {
      log(`Sign-in failed (${code}): ${why}`);
      return c.redirect(signInErrorPath(code), 302);
    };
    if ('problem' in opened) {
      return fail(flowProblemCode(opened.problem), `the flow cookie is ${opened.problem}`);
    }
    const { flow } = opened;
    // A callback for another browser's sign-in, or a replay after this one finished.
    if (c.req.query('state') !== flow.state) return fail('state', 'the state does not match');
    let tokens;
    try {
      tokens = await oauth.finishSignIn(new URL(c.req.url), flow);
    } catch (error) {
      return fail(finishFailureCode(error, 'token'), String(error));
    }
    let user;
    try {
      user = await fetchCurrentUser(options.tenantUrl, tokens.accessToken, options.fetch);
    } catch (error) {
      return fail(finishFailureCode(error, 'user'), String(error));
    }
    const previousId = readSessionId(c);
    const previous = previousId ? await sessions.get(previousId) : undefined;
    if (previous) await revokeSessionTokens(oauth, previous, log, 'Sign-in again');
    if (previousId) await sessions.delete(previousId);
    // A new id at every sign-in: a session id planted before sign-in is worth nothing.
    const session = await sessions.create(tokens, user);
    setSessionCookie(c, session.id, cookies);
    log(`Sign-in: ${user.name} (${user.id}) signed in`);
    return c.redirect(flow.returnTo, 302);
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
      await revokeSessionTokens(oauth, session, log, 'Sign-out');
      log(`Sign-out: ${session.user?.name ?? 'someone'} signed out`);
    }
    return c.body(null, 204);
  });

  return app;
}
