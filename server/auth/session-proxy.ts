import { createApiProxy, type ApiProxy, type ApiProxyOptions } from '../../proxy/api-proxy.ts';
import { readBody, rebuildRequest } from '../common/rebuild-request.ts';
import { signedOut } from './auth-app.ts';
import type { QlikOAuth } from './qlik-oauth.ts';
import { sessionIdOf } from './session-cookie.ts';
import type { Session, SessionStore } from './session-store.ts';
import { needsRefresh } from './token-expiry.ts';

export interface SessionProxyOptions extends Omit<ApiProxyOptions, 'apiKey'> {
  sessions: SessionStore;
  oauth: QlikOAuth;
  now?: () => number;
}

const ENDED =
  'Your session has ended (it expired or the tenant no longer accepts it). Sign in again; nothing was sent.';

/**
 * The API proxy in sign-in mode: the bearer is the signed-in person's access token, refreshed
 * (rotating the refresh token) before it expires or when the tenant answers 401, then the call
 * is sent once more. A failed refresh ends the session.
 */
export function createSessionProxy(options: SessionProxyOptions): ApiProxy {
  const { sessions, oauth, now = Date.now, ...proxyOptions } = options;
  const refreshing = new Map<string, Promise<Session | undefined>>();

  /** One refresh per session at a time: parallel calls share it (the old refresh token dies). */
  function refresh(session: Session): Promise<Session | undefined> {
    const running = refreshing.get(session.id);
    if (running) return running;
    const done = (async () => {
      const { refreshToken } = session.tokens;
      try {
        if (!refreshToken)
          throw new Error('no refresh token (the offline_access scope is missing)');
        const tokens = await oauth.refresh(refreshToken);
        await sessions.update(session.id, { tokens });
        return { ...session, tokens };
      } catch (error) {
        proxyOptions.log?.(
          `Session of ${session.user?.name ?? 'someone'} ended: ${String(error instanceof Error ? error.message : error)}`,
        );
        await sessions.delete(session.id);
        return undefined;
      }
    })().finally(() => refreshing.delete(session.id));
    refreshing.set(session.id, done);
    return done;
  }

  const send = (session: Session, request: Request, body: ArrayBuffer | null, target?: string) => {
    const proxy = createApiProxy({ ...proxyOptions, apiKey: session.tokens.accessToken });
    return proxy(rebuildRequest(request, body), target);
  };

  return async (request, target) => {
    const id = sessionIdOf(request);
    let session = id ? await sessions.get(id) : undefined;
    if (!session) return signedOut('Sign in with your Qlik account to use the console.');
    if (needsRefresh(session.tokens.expiresAt, now())) {
      session = await refresh(session);
      if (!session) return signedOut(ENDED);
    }
    const body = await readBody(request);
    const response = await send(session, request, body, target);
    if (response.status !== 401 || response.headers.has('x-cmk-proxy-error')) return response;
    void response.body?.cancel();
    const renewed = await refresh(session);
    if (!renewed) return signedOut(ENDED);
    return send(renewed, request, body, target);
  };
}
