const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export function json(status: number, body: unknown, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: withHeaders(JSON_HEADERS, headers),
  });
}

/** `extra` wins over `base`, whatever the case of the names. */
export function withHeaders(base: HeadersInit, extra: HeadersInit): Headers {
  const merged = new Headers(base);
  new Headers(extra).forEach((value, name) => {
    merged.set(name, value);
  });
  return merged;
}

/** 204 and 205 carry no body on the wire. */
export function noBody(status: 204 | 205): Response {
  return new Response(null, { status });
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false; problem: string };

export async function readJsonBody(request: Request): Promise<ParsedBody> {
  const text = await request.text();
  if (text.trim() === '') return { ok: false, problem: 'The request body is empty; JSON expected' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `The request body is not valid JSON: ${reason}` };
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
