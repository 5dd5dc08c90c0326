import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The one cookie the browser holds in sign-in mode: an opaque, random session id. */
export const SESSION_COOKIE = 'cmk_session';
/** The sign-in in progress (state, PKCE verifier, returnTo), sealed by the server (`sealed-flow.ts`). */
export const FLOW_COOKIE = 'cmk_signin';

export interface CookiePolicy {
  secure: boolean;
}

export const readSessionId = (c: Context) => getCookie(c, SESSION_COOKIE);

export function setSessionCookie(c: Context, id: string, policy: CookiePolicy) {
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: policy.secure,
    path: '/',
  });
}

export function clearSessionCookie(c: Context, policy: CookiePolicy) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: policy.secure });
}

// Outlives the flow it carries, so a late callback is told it was too slow, not that it was forged.
const FLOW_COOKIE_MAX_AGE = 60 * 60;

export function setFlowCookie(c: Context, sealed: string, policy: CookiePolicy) {
  setCookie(c, FLOW_COOKIE, sealed, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: policy.secure,
    path: '/auth',
    maxAge: FLOW_COOKIE_MAX_AGE,
  });
}

export const readFlowCookie = (c: Context) => getCookie(c, FLOW_COOKIE);

export function clearFlowCookie(c: Context, policy: CookiePolicy) {
  deleteCookie(c, FLOW_COOKIE, { path: '/auth', secure: policy.secure });
}

/** The session id from a raw request (the proxy is fetch-style, not a Hono handler). */
export function sessionIdOf(request: Request): string | undefined {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}
