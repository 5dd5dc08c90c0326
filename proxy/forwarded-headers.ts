/** The only browser headers the tenant needs; cookies and the browser's own credentials stay here. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'accept-language'];

/**
 * The only tenant headers the console's client reads (plus a request id for support). Everything
 * else stays out: the tenant's CSP, frame options, HSTS, cookies and CORS are meant for its own
 * origin and must never override the console's.
 */
const PASSED_RESPONSE_HEADERS = ['content-type', 'retry-after', 'x-request-id'];

export function tenantRequestHeaders(browserHeaders: Headers, apiKey: string): Headers {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = browserHeaders.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set('authorization', `Bearer ${apiKey}`);
  return headers;
}

export function browserResponseHeaders(tenantHeaders: Headers): Headers {
  const headers = new Headers({ 'cache-control': 'no-store' });
  for (const name of PASSED_RESPONSE_HEADERS) {
    const value = tenantHeaders.get(name);
    if (value !== null) headers.set(name, value);
  }
  return headers;
}

const API_MEDIA_TYPES = new Set(['application/json', 'application/problem+json']);

/** The media type of a Content-Type value, e.g. `text/html` for `text/html; charset=utf-8`. */
export function mediaTypeOf(contentType: string | null): string | null {
  return contentType?.split(';')[0]?.trim().toLowerCase() ?? null;
}

/** JSON or problem+json, or an answer with no body at all: what the browser may receive as sent. */
export function isApiContent(headers: Headers, nullBody: boolean): boolean {
  if (nullBody) return true;
  const type = mediaTypeOf(headers.get('content-type'));
  if (type === null) return headers.get('content-length') === '0';
  return API_MEDIA_TYPES.has(type);
}
