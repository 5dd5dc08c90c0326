import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { standardErrorResponse } from './standard-error.ts';

type FetchHandler = (request: Request) => Promise<Response>;

const NULL_BODY_STATUSES = new Set([204, 205, 304]);
const VALID_HOST = /^[\w.-]+(:\d+)?$|^\[[\d:a-f.]+\](:\d+)?$/i;

/** Path and query as sent; an absolute-form target (`GET http://x/y`) keeps only its path. */
function requestTarget(raw = '/'): string {
  if (raw.startsWith('/')) return raw;
  try {
    const url = new URL(raw);
    return `${url.pathname}${url.search}`;
  } catch {
    return '/';
  }
}

function requestOrigin(req: IncomingMessage): string {
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
  // A Host with `/`, `?` or `@` in it would otherwise change how the path below is parsed.
  const host =
    req.headers.host && VALID_HOST.test(req.headers.host) ? req.headers.host : 'localhost';
  return `${encrypted ? 'https' : 'http'}://${host}`;
}

/** The request's URL, normalised as `new URL()` does: `..` segments are resolved. */
export function requestUrl(req: IncomingMessage): URL {
  return new URL(`${requestOrigin(req)}${requestTarget(req.url)}`);
}

/**
 * The fetch Request for a Node request; the URL is normalised (`..` resolved). With `res`, its
 * signal aborts when the client goes away before the answer is complete.
 */
export function toFetchRequest(req: IncomingMessage, res?: ServerResponse): Request {
  const controller = new AbortController();
  res?.once('close', () => {
    if (!res.writableFinished) controller.abort(new Error('Client disconnected'));
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(requestUrl(req), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
    signal: controller.signal,
    duplex: 'half',
  } as RequestInit);
}

export async function sendFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, response.statusText || undefined, headers);
  const noBody = NULL_BODY_STATUSES.has(response.status) || res.req.method === 'HEAD';
  if (noBody || response.body === null) {
    await response.body?.cancel();
    res.end();
    return;
  }
  const body = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  await new Promise<void>((resolve) => {
    body.on('error', (error) => res.destroy(error));
    res.once('close', resolve);
    body.pipe(res);
  });
}

function isDroppedConnection(error: unknown): boolean {
  return error instanceof Error && error.name === 'DroppedConnection';
}

/** A Node request listener serving a fetch-style handler. */
export function nodeHandler(
  handle: FetchHandler,
  options: { redact?: (text: string) => string; log?: (line: string) => void } = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const { redact = (text: string) => text, log = console.error } = options;
  return (req, res) => {
    void (async () => {
      try {
        await sendFetchResponse(res, await handle(toFetchRequest(req, res)));
      } catch (error) {
        if (isDroppedConnection(error)) {
          req.socket.destroy();
          return;
        }
        const reason = redact(error instanceof Error ? error.message : String(error));
        log(redact(`Request ${req.method ?? ''} ${req.url ?? ''} failed: ${reason}`));
        if (res.headersSent) {
          res.destroy();
          return;
        }
        const internal = { code: 'CMK-INTERNAL-ERROR', title: 'Internal error', detail: reason };
        await sendFetchResponse(res, standardErrorResponse(500, internal));
      }
    })();
  };
}
