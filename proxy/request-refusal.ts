import { changesTenant, findAllowedOperation } from './allowed-operations.ts';
import type { ProxyErrorKind } from './proxy-errors.ts';
import { isCrossOriginRequest } from './same-origin.ts';
import { hasUnsafePath } from './unsafe-path.ts';

export interface Refusal {
  kind: ProxyErrorKind;
  detail: string;
}

/**
 * Why the proxy answers a request itself instead of sending it to the tenant, or null when it may
 * go. Checked before any credential is looked up, so a refused request costs the tenant nothing.
 */
export function requestRefusal(
  request: Request,
  target: string | undefined,
  readOnly: boolean,
): Refusal | null {
  const url = new URL(request.url);
  const { method } = request;
  if (hasUnsafePath(target ?? url.pathname)) {
    const detail = `${method} ${url.pathname}: encoded separators, an encoded %, ? or #, and dot segments name no key provider; the console forwards nothing with them.`;
    return { kind: 'unsafe-path', detail };
  }
  if (isCrossOriginRequest(request)) {
    const origin = request.headers.get('origin') ?? 'another site';
    return {
      kind: 'cross-origin',
      detail: `Only pages served by this console may call its API, not ${origin}.`,
    };
  }
  const operationId = findAllowedOperation(method, url.pathname);
  if (!operationId) {
    const detail = `${method} ${url.pathname} is not an operation of the encryption API; the console forwards nothing else.`;
    return { kind: 'not-allowed', detail };
  }
  // None of the operations takes a query (see query-free.test.ts): refuse rather than drop, so
  // a caller relying on one learns at once that it was not sent.
  if (url.search) {
    const detail = `${method} ${url.pathname} takes no query string; remove "${url.search}". Nothing after "?" is sent to the tenant.`;
    return { kind: 'query-not-allowed', detail };
  }
  if (readOnly && changesTenant(operationId)) {
    const detail = `QLIK_READ_ONLY is set, so ${method} requests are not sent to the tenant. Unset it and restart to make changes.`;
    return { kind: 'read-only', detail };
  }
  return null;
}
