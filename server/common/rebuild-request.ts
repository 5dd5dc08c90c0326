/**
 * A real fetch Request with the same method, URL, headers and signal and an already-read body.
 * `new Request(request)` fails on @hono/node-server's lightweight requests (undici reads internal
 * state they do not have), and a body can be read once: whoever must send it twice rebuilds it.
 */
export function rebuildRequest(request: Request, body: ArrayBuffer | null): Request {
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
  });
}

export async function readBody(request: Request): Promise<ArrayBuffer | null> {
  return request.method === 'GET' || request.method === 'HEAD' ? null : request.arrayBuffer();
}
