import { NULL_BODY_STATUSES } from '../server/common/null-body.ts';
import { DroppedConnection } from './contract.ts';
import { standardError } from './errors.ts';
import { DEFAULT_FAULT_STATUS, faultKind, type Fault } from './faults.ts';
import { json, withHeaders } from './http.ts';
import { TITLES, type OperationId } from './titles.ts';

/** A truncated JSON document, as a proxy cutting a response short would deliver. */
export const MALFORMED_BODY = '{"arn": tr';

const REASONS: Record<number, string> = {
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * The response a fault replaces the normal one with, or null when it only delays it.
 * Throws `DroppedConnection` for `drop`, and the abort reason when the caller gives up waiting.
 */
export async function applyFault(
  fault: Fault,
  signal: AbortSignal | undefined,
  operation: OperationId | undefined,
): Promise<Response | null> {
  if (fault.latencyMs > 0) await sleep(fault.latencyMs, signal);
  switch (faultKind(fault)) {
    case 'drop':
      throw new DroppedConnection();
    case 'malformed':
      return new Response(MALFORMED_BODY, {
        status: 200,
        headers: withHeaders({ 'content-type': 'application/json' }, fault.headers),
      });
    case 'status':
      return statusResponse(fault, operation);
    case 'latency':
      return null;
  }
}

function statusResponse(fault: Fault, operation: OperationId | undefined): Response {
  const status = fault.status ?? DEFAULT_FAULT_STATUS;
  if (NULL_BODY_STATUSES.has(status)) {
    return new Response(null, { status, headers: fault.headers });
  }
  if (typeof fault.body === 'string') {
    return new Response(fault.body, {
      status,
      headers: withHeaders({ 'content-type': 'text/plain; charset=utf-8' }, fault.headers),
    });
  }
  if (fault.body !== undefined) return json(status, fault.body, fault.headers);
  return json(status, defaultErrorBody(status, fault, operation), fault.headers);
}

/** Titled like the real API when the operation declares this status, else like a gateway. */
function defaultErrorBody(status: number, fault: Fault, operation: OperationId | undefined) {
  const declared: Record<number, string> | undefined = operation && TITLES[operation];
  const title = declared?.[status];
  const detail = `Injected by the simulator (fault #${fault.id})`;
  if (title) return standardError(status, title, detail);
  return standardError(
    status,
    REASONS[status] ?? `HTTP ${status}`,
    detail,
    undefined,
    `HTTP-${status}`,
  );
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abortError = () =>
      signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
