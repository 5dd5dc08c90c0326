/**
 * A one-line reason for a failed upstream call. fetch throws `TypeError: fetch failed` and keeps
 * the useful part (ECONNREFUSED, ENOTFOUND, certificate errors...) in the `cause` chain.
 */
export function describeFailure(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    let text = current.message === 'fetch failed' ? '' : current.message;
    if (typeof code === 'string' && !text.includes(code)) text = text ? `${code}: ${text}` : code;
    if (text && !parts.includes(text)) parts.push(text);
    current = current.cause;
  }
  return parts.join(': ') || String(error);
}
