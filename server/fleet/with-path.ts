/**
 * The same request (method, headers, streamed body, abort signal) at another path of the same
 * origin, query kept. A fleet tenant's routes see `/api/…` as a single-tenant console does.
 */
export function withPath(request: Request, pathname: string): Request {
  const url = new URL(request.url);
  url.pathname = pathname;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : null,
    signal: request.signal,
    duplex: 'half',
  } as RequestInit);
}
