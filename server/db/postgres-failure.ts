/** What `pg` throws: a server error has a SQLSTATE `code`, a network error a Node `code`. */
interface Failure {
  code?: string;
  message?: string;
}

const NETWORK = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
];
/** The server is starting, shutting down or full: it may accept a little later. */
const NOT_YET = ['57P03', '57P01', '53300'];

const failureOf = (error: unknown): Failure =>
  typeof error === 'object' && error !== null ? error : { message: String(error) };

/** Worth asking again within the wait: nothing answered yet, or the server is not ready. */
export function isTransient(error: unknown): boolean {
  const { code = '', message = '' } = failureOf(error);
  return NETWORK.includes(code) || NOT_YET.includes(code) || /timeout/i.test(message);
}

/** One sentence for the operator: what happened at `where` and what to change. */
export function describePostgresFailure(error: unknown, where: string, waitMs: number): string {
  const { code = '', message = String(error) } = failureOf(error);
  if (code === '28P01' || code === '28000') {
    return `PostgreSQL at ${where} refused the credentials (${message}). Check the user name and password in DATABASE_URL.`;
  }
  if (code === '3D000') {
    return `PostgreSQL at ${where} has no such database (${message}). Create it (createdb) or fix its name in DATABASE_URL.`;
  }
  if (isTransient(error)) {
    return `PostgreSQL at ${where} could not be reached within ${waitMs / 1000} s (${code || message}). Start it, check DATABASE_URL's host and port, or wait longer with CONSOLE_DATABASE_WAIT_SECONDS.`;
  }
  return `PostgreSQL at ${where} could not be used (${message}). Check DATABASE_URL and its TLS settings (sslmode, PGSSLMODE).`;
}
