/**
 * Whether the proxy sent a request to the tenant, told by the answer it gave the browser. Only
 * `createApiProxy` marks answers, after handing the request to the upstream: a refusal (by the
 * proxy, the sign-in or the fleet proxy around it, or the body limit) is never marked, so whoever
 * records what reached the tenant cannot mistake one for a change. A WeakMap keeps `ApiProxy`'s
 * signature and lets the mark travel through the proxies that wrap it.
 */
export type Delivery =
  /** The tenant answered (possibly with an error, a redirect or a page instead of JSON). */
  | 'answered'
  /** Sent, but no answer came: unreachable, reset, timed out, or the browser gave up. */
  | 'no-answer';

const deliveries = new WeakMap<Response, Delivery>();

export function markForwarded(response: Response, delivery: Delivery): Response {
  deliveries.set(response, delivery);
  return response;
}

/** Undefined when the request never left the console. */
export function deliveryOf(response: Response): Delivery | undefined {
  return deliveries.get(response);
}
