/**
 * True when another site's page sent the request. The proxy holds a tenant key, so a page on any
 * other origin must not be able to make it act (a form POST to reset-to-default-provider needs no
 * CORS preflight). Requests without Origin or Sec-Fetch-Site (curl, tests) are not browsers' and pass.
 */
export function isCrossOriginRequest(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  try {
    return new URL(origin).host !== new URL(request.url).host;
  } catch {
    return true; // "null" (sandboxed frames, file://) or garbage
  }
}
