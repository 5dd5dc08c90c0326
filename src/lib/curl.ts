/** The token in every copied command: people export it themselves, the console never shows a key. */
export const TOKEN_PLACEHOLDER = '$QLIK_API_KEY';

export interface CurlRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Origin of the tenant (or of the console in simulator mode), without a trailing slash. */
  baseUrl: string;
  /** Path with the query, as the console's server receives it. */
  path: string;
  /** JSON-serialisable body; omitted when undefined. */
  body?: unknown;
}

/** Single-quotes a value for POSIX shells. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The exact request as a cURL command; the token stays a shell variable (double quotes). */
export function buildCurl({ method, baseUrl, path, body }: CurlRequest): string {
  const url = `${baseUrl.replace(/\/+$/, '')}${path}`;
  const lines = [
    `curl -X ${method} ${shellQuote(url)}`,
    `-H "Authorization: Bearer ${TOKEN_PLACEHOLDER}"`,
  ];
  if (body !== undefined) {
    lines.push(`-H 'Content-Type: application/json'`, `--data ${shellQuote(JSON.stringify(body))}`);
  }
  return lines.join(' \\\n  ');
}
