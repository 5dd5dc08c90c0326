/** Statuses whose responses carry no body on the wire; `new Response(body)` refuses one for them. */
export const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);
