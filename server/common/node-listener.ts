import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { standardErrorResponse } from './standard-error.ts';

/** A fetch handler given @hono/node-server's bindings (Hono's `c.env`): the Node req and res. */
export type NodeFetchHandler = (request: Request, env: HttpBindings) => Promise<Response>;

export interface NodeListenerOptions {
  redact?: (text: string) => string;
  log?: (line: string) => void;
}

const VALID_HOST = /^[\w.-]+(:\d+)?$|^\[[\d:a-f.]+\](:\d+)?$/i;

/** A reserved name (RFC 2606) that no console answers: the host check refuses it. */
export const UNUSABLE_HOST = 'unusable-host.invalid';

const SCHEME_AND_AUTHORITY = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i;

/**
 * Path and query as sent; an absolute-form target (`GET http://x/y`) keeps only its path, still
 * unparsed, so that checks on the raw target (dot segments) see what the client sent.
 */
function requestTarget(raw = '/'): string {
  if (raw.startsWith('/')) return raw;
  const path = raw.replace(SCHEME_AND_AUTHORITY, '');
  return path.startsWith('/') ? path : `/${path.startsWith('?') ? path : ''}`;
}

function isDroppedConnection(error: unknown): boolean {
  return error instanceof Error && error.name === 'DroppedConnection';
}

/**
 * An answer sent before the body arrived (413, a refusal) leaves the rest on the socket, which
 * @hono/node-server cuts after draining a while: say so, or a client that sends its next request
 * on that connection meets a reset.
 */
function closeIfUnread(env: HttpBindings) {
  if (!env.incoming.complete && !env.outgoing.headersSent) {
    env.outgoing.setHeader('connection', 'close');
  }
}

/**
 * A Node request listener serving a fetch-style handler through @hono/node-server: the URL is
 * normalised (`..` resolved), the request's signal aborts when the client goes away, a
 * `DroppedConnection` cuts the socket, any other exception answers a redacted 500, and an answer
 * sent before the whole request arrived closes the connection.
 */
export function nodeListener(
  handle: NodeFetchHandler,
  options: NodeListenerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const { redact = (text: string) => text, log = console.error } = options;
  const listener = getRequestListener(
    async (request, bindings) => {
      // Only ever mounted on node:http servers, never HTTP/2.
      const env = bindings as HttpBindings;
      try {
        const response = await handle(request, env);
        closeIfUnread(env);
        return response;
      } catch (error) {
        if (isDroppedConnection(error)) {
          env.incoming.socket.destroy();
          return RESPONSE_ALREADY_SENT;
        }
        // The client went away while the handler waited: nobody is left to answer or to worry.
        if (env.outgoing.destroyed) return RESPONSE_ALREADY_SENT;
        const reason = redact(error instanceof Error ? error.message : String(error));
        log(redact(`Request ${request.method} ${env.incoming.url ?? ''} failed: ${reason}`));
        const internal = { code: 'CMK-INTERNAL-ERROR', title: 'Internal error', detail: reason };
        closeIfUnread(env);
        return standardErrorResponse(500, internal);
      }
    },
    // Vite and the tests share this process: keep Node's own Request and Response.
    { overrideGlobalObjects: false },
  );
  return (req, res) => {
    req.url = requestTarget(req.url);
    // A Host with `/`, `?` or `@` in it would otherwise change how the path is parsed.
    if (req.headers.host === undefined) req.headers.host = 'localhost';
    else if (!VALID_HOST.test(req.headers.host)) req.headers.host = UNUSABLE_HOST;
    void listener(req, res);
  };
}
