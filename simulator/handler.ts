/** The API's only path parameter, percent-decoded; empty on routes without one. */
export interface RouteParams {
  arnFingerPrint: string;
}

export type Handler<C> = (
  ctx: C,
  request: Request,
  params: RouteParams,
) => Response | Promise<Response>;

/** A trailing slash names the same resource, as the tenant treats it. */
export function withoutTrailingSlash(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
}

export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
