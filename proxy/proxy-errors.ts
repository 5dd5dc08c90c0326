import { standardErrorResponse } from '../server/common/standard-error.ts';

/**
 * The answers the proxy gives itself. `header` is the `x-cmk-proxy-error` value the UI reads:
 * `unreachable` means "the tenant could not be reached", as opposed to an error the API returned.
 */
const PROXY_ERRORS = {
  'cross-origin': {
    status: 403,
    code: 'CMK-PROXY-CROSS-ORIGIN',
    title: 'Cross-origin request refused',
    header: 'cross-origin',
  },
  /** A `Host` that is none of the console's names (a rebinding domain, a mistyped proxy name). */
  'foreign-host': {
    status: 421,
    code: 'CMK-FOREIGN-HOST',
    title: 'Not a name of this console',
    header: 'foreign-host',
  },
  'signed-out': {
    status: 401,
    code: 'CMK-SIGNED-OUT',
    title: 'Your session has ended',
    header: 'signed-out',
  },
  /** A fleet tenant's token endpoint refused the console's machine-to-machine OAuth client. */
  'client-refused': {
    status: 401,
    code: 'CMK-PROXY-CLIENT-REFUSED',
    title: "The tenant refused the console's OAuth client",
    header: 'client-refused',
  },
  'not-allowed': {
    status: 404,
    code: 'CMK-PROXY-NOT-ALLOWED',
    title: 'Not an encryption API operation',
    header: 'not-allowed',
  },
  'unsafe-path': {
    status: 404,
    code: 'CMK-PROXY-UNSAFE-PATH',
    title: 'Not an encryption API operation',
    header: 'unsafe-path',
  },
  'query-not-allowed': {
    status: 400,
    code: 'CMK-PROXY-QUERY-NOT-ALLOWED',
    title: 'Query strings are not forwarded',
    header: 'query-not-allowed',
  },
  'too-large': {
    status: 413,
    code: 'CMK-PROXY-BODY-TOO-LARGE',
    title: 'Request body too large',
    header: 'too-large',
  },
  'read-only': {
    status: 403,
    code: 'CMK-PROXY-READ-ONLY',
    title: 'The console is read-only',
    header: 'read-only',
  },
  unreachable: {
    status: 502,
    code: 'CMK-PROXY-UNREACHABLE',
    title: 'Cannot reach the tenant',
    header: 'unreachable',
  },
  redirected: {
    status: 502,
    code: 'CMK-PROXY-REDIRECTED',
    title: 'Cannot reach the tenant',
    header: 'unreachable',
  },
  'unexpected-content': {
    status: 502,
    code: 'CMK-PROXY-UNEXPECTED-CONTENT',
    title: 'The tenant did not answer as the API does',
    header: 'unreachable',
  },
  timeout: {
    status: 504,
    code: 'CMK-PROXY-TIMEOUT',
    title: 'The tenant did not answer in time',
    header: 'timeout',
  },
} as const;

export type ProxyErrorKind = keyof typeof PROXY_ERRORS;

export function proxyErrorResponse(
  kind: ProxyErrorKind,
  detail: string,
  upstreamKind: 'tenant' | 'simulator',
): Response {
  const { status, code, title, header } = PROXY_ERRORS[kind];
  return standardErrorResponse(
    status,
    { code, title, detail },
    { 'x-cmk-proxy': upstreamKind, 'x-cmk-proxy-error': header },
  );
}
