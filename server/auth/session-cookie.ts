import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The one cookie the browser holds in sign-in mode: an opaque, random session id. */
export const SESSION_COOKIE = 'cmk_session';
/** Ties a callback to the browser that started the sign-in (state and verifier stay here). */
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

export function setFlowCookie(c: Context, id: string, policy: CookiePolicy, maxAgeSeconds: number) {
  setCookie(c, FLOW_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: policy.secure,
    path: '/auth',
    maxAge: maxAgeSeconds,
  });
}

export const readFlowId = (c: Context) => getCookie(c, FLOW_COOKIE);

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
