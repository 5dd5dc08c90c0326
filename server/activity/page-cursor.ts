/**
 * The opaque `cursor` of `/__console/activity`: where the next (older) page ends, as a position
 * in the log (a byte offset in the file, an index in memory). base64url so that clients treat it
 * as a token, not a number to do arithmetic on.
 */
export function encodeCursor(position: number): string {
  return Buffer.from(`p${String(position)}`).toString('base64url');
}

/** The position, or null when `cursor` is not one this log handed out. */
export function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(cursor)) return null;
  const match = /^p(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
  return match ? Number(match[1]) : null;
}

export class BadCursor extends Error {}
