/**
 * An encoded `/`, `\`, `.`, `?`, `#` or `%` (`%252F` is `%2F` after one decoding), a literal
 * backslash, a NUL, or a `.`/`..` segment. None is ever part of an encryption API path, and each is
 * a way to make a path mean one thing to the allow-list and another to a server behind it.
 */
const UNSAFE_PATH = /%2f|%5c|%2e|%3f|%23|%25|%00|\\|(?:^|\/)\.{1,2}(?:\/|$)/i;

/** The request target as sent (before URL normalisation resolves `..`), without its query. */
export function hasUnsafePath(target: string): boolean {
  const queryAt = target.indexOf('?');
  return UNSAFE_PATH.test(queryAt === -1 ? target : target.slice(0, queryAt));
}
