/** The console's page (not the auth app's) that a sign-in in a second tab comes back to. */
const SIGNED_IN_AGAIN = '/auth/done';

/** Longer than any path of this console; keeps the sealed flow cookie well under 4 KB. */
const MAX_RETURN_TO = 1500;

/**
 * Where a sign-in comes back to: a path on this console, read the way a browser reads it (the URL
 * standard drops tabs and newlines, reads `\` as `/`, resolves `//host`), else `/`. The parsed
 * form is what is sent back, so the Location header never holds a control character.
 */
export function safeReturnTo(value: string | undefined, consoleOrigin: string): string {
  if (!value) return '/';
  let url: URL;
  try {
    url = new URL(value, consoleOrigin);
  } catch {
    return '/';
  }
  if (url.origin !== new URL(consoleOrigin).origin || url.username || url.password) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/` then `/` or `\` would be another host once read again.
  if (!path.startsWith('/') || /^\/[/\\]/.test(path) || path.length > MAX_RETURN_TO) return '/';
  // Back into /auth would start another sign-in: a loop at a tenant that signs in silently.
  if (url.pathname.startsWith('/auth/') && url.pathname !== SIGNED_IN_AGAIN) return '/';
  return path;
}
