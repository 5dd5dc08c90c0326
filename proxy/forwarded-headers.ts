/** The only browser headers the tenant needs; cookies and the browser's own credentials stay here. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'accept-language'];

const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];

const DROPPED_RESPONSE_HEADERS = new Set([
  ...HOP_BY_HOP,
  'set-cookie',
  // fetch has already decompressed the body and will not know its final length.
  'content-encoding',
  'content-length',
  // Meant for the tenant's origin, not for the console's: HSTS or Alt-Svc would stick to localhost,
  // a Basic challenge would pop a login dialog.
  'strict-transport-security',
  'alt-svc',
  'www-authenticate',
]);

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
  const listedInConnection = (tenantHeaders.get('connection') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());
  const headers = new Headers();
  tenantHeaders.forEach((value, name) => {
    const dropped =
      DROPPED_RESPONSE_HEADERS.has(name) ||
      listedInConnection.includes(name) ||
      name.startsWith('access-control-');
    if (!dropped) headers.append(name, value);
  });
  return headers;
}
