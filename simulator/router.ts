import { methodNotAllowed, routeNotFound } from './errors.ts';

/** The API's only path parameter; empty on routes without one. */
export interface RouteParams {
  arnFingerPrint: string;
}

export type Handler<C> = (
  ctx: C,
  request: Request,
  params: RouteParams,
) => Response | Promise<Response>;

export interface Endpoint<C> {
  operation: string;
  handle: Handler<C>;
}

export interface Route<C> {
  template: string;
  methods: Partial<Record<string, Endpoint<C>>>;
}

export interface Match<C> {
  endpoint: Endpoint<C>;
  params: RouteParams;
}

/** The endpoint for this request, or the 404/405 that answers instead. */
export function findEndpoint<C>(routes: Route<C>[], method: string, pathname: string) {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  for (const route of routes) {
    const params = matchTemplate(route.template, path);
    if (!params) continue;
    const endpoint = route.methods[method.toUpperCase()];
    if (!endpoint) return methodNotAllowed(method, path, Object.keys(route.methods));
    return { endpoint, params } satisfies Match<C>;
  }
  return routeNotFound(method, path);
}

export async function dispatch<C>(routes: Route<C>[], ctx: C, request: Request, pathname: string) {
  const found = findEndpoint(routes, request.method, pathname);
  if (found instanceof Response) return found;
  return found.endpoint.handle(ctx, request, found.params);
}

function matchTemplate(template: string, path: string): RouteParams | null {
  const expected = template.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return null;
  const params: RouteParams = { arnFingerPrint: '' };
  for (const [index, part] of expected.entries()) {
    const value = actual[index] ?? '';
    if (part === '{arnFingerPrint}') {
      if (value === '') return null;
      params.arnFingerPrint = safeDecode(value);
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
