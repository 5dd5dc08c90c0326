import { NULL_BODY_STATUSES } from '../server/common/null-body.ts';
import { describeFailure } from './failure-reason.ts';
import { markForwarded } from './forwarded.ts';
import {
  browserResponseHeaders,
  isApiContent,
  mediaTypeOf,
  tenantRequestHeaders,
} from './forwarded-headers.ts';
import { createRedactor } from './redact.ts';
import { proxyErrorResponse, type ProxyErrorKind } from './proxy-errors.ts';
import { requestRefusal } from './request-refusal.ts';
import type { Upstream } from './upstream.ts';

export interface ApiProxyOptions {
  upstream: Upstream;
  /** Added as `Authorization: Bearer` on the way to the tenant; never sent back or logged. */
  apiKey: string;
  readOnly: boolean;
  timeoutMs?: number;
  /** Receives lines already redacted. Default `console.warn`. */
  log?: (line: string) => void;
}

export const UPSTREAM_TIMEOUT_MS = 60_000;

/** Resolves or rejects with `promise`, or rejects as soon as `signal` aborts (the simulator ignores signals). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason instanceof Error ? signal.reason : new Error('Aborted'));
    };
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/** `target`: the path and query as the client sent them, when the host knows it (see request-target.ts). */
export type ApiProxy = (request: Request, target?: string) => Promise<Response>;

/** The browser-facing encryption API: allow-listed, credential-adding, fetch-style. */
export function createApiProxy(options: ApiProxyOptions): ApiProxy {
  const { upstream, apiKey, readOnly, timeoutMs = UPSTREAM_TIMEOUT_MS } = options;
  const redact = createRedactor([apiKey]);
  const log = (line: string) => {
    (options.log ?? console.warn)(redact(line));
  };
  const fail = (kind: ProxyErrorKind, detail: string) =>
    proxyErrorResponse(kind, redact(detail), upstream.kind);
  const tenantName = upstream.kind === 'tenant' ? upstream.origin : 'the simulated tenant';

  async function forward(request: Request, url: URL): Promise<Response> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([request.signal, timeout]);
    const outgoing = new Request(`${upstream.origin}${url.pathname}`, {
      method: request.method,
      headers: tenantRequestHeaders(request.headers, apiKey),
      body: request.method === 'GET' ? null : await request.arrayBuffer(),
      signal,
      // A redirect means QLIK_TENANT is not an API host; following it could carry the key elsewhere.
      redirect: 'manual',
    });
    try {
      const answer = await abortable(upstream.send(outgoing), signal);
      return markForwarded(toBrowserResponse(answer), 'answered');
    } catch (error) {
      return markForwarded(noAnswer(error, request, url, timeout), 'no-answer');
    }
  }

  function noAnswer(error: unknown, request: Request, url: URL, timeout: AbortSignal): Response {
    const where = `${request.method} ${url.pathname}`;
    if (timeout.aborted) {
      log(`Encryption API: ${where}: ${tenantName} did not answer within ${timeoutMs} ms`);
      return fail('timeout', `${tenantName} did not answer within ${timeoutMs / 1000} s.`);
    }
    if (request.signal.aborted) return fail('unreachable', 'The browser closed the request.');
    const reason = describeFailure(error);
    log(`Encryption API: ${where}: cannot reach ${tenantName}: ${reason}`);
    return fail('unreachable', `Could not reach ${tenantName}: ${reason}.`);
  }

  function toBrowserResponse(response: Response): Response {
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      void response.body?.cancel();
      const to = response.headers.get('location') ?? 'elsewhere';
      const detail = `${tenantName} answered with a redirect (HTTP ${response.status}) to ${to}. Is QLIK_TENANT the tenant's own URL?`;
      return fail('redirected', detail);
    }
    const nullBody = NULL_BODY_STATUSES.has(response.status);
    if (!isApiContent(response.headers, nullBody)) {
      void response.body?.cancel();
      const type = mediaTypeOf(response.headers.get('content-type')) ?? 'no content type';
      const detail = `${tenantName} answered HTTP ${response.status} with ${type} instead of the API's JSON. Is QLIK_TENANT the tenant's own URL?`;
      log(`Encryption API: ${detail}`);
      return fail('unexpected-content', detail);
    }
    const headers = browserResponseHeaders(response.headers);
    headers.set('x-cmk-proxy', upstream.kind);
    const body = nullBody ? null : response.body;
    const { status, statusText } = response;
    return new Response(body, { status, statusText, headers });
  }

  return (request, target) => {
    const refused = requestRefusal(request, target, readOnly);
    if (refused) return Promise.resolve(fail(refused.kind, refused.detail));
    return forward(request, new URL(request.url));
  };
}
