import { Hono } from 'hono';
import { sameOriginOnly } from '../../proxy/same-origin.ts';
import type { Upstream } from '../../proxy/upstream.ts';
import { standardErrorResponse } from '../common/standard-error.ts';

export interface FleetStatsSnapshot {
  inFlight: number;
  peakInFlight: number;
  requests: number;
}

/**
 * Counts the requests the console sends to its tenants, all tenants together (API calls and token
 * requests), for the fleet benchmark and e2e: how many now, the most at once, how many in all.
 */
export function createFleetStats() {
  let inFlight = 0;
  let peakInFlight = 0;
  let requests = 0;

  async function counted(send: () => Promise<Response>): Promise<Response> {
    inFlight += 1;
    requests += 1;
    peakInFlight = Math.max(peakInFlight, inFlight);
    try {
      return await send();
    } finally {
      inFlight -= 1;
    }
  }

  return {
    upstream: (upstream: Upstream): Upstream => ({
      ...upstream,
      send: (request) => counted(() => upstream.send(request)),
    }),
    fetch:
      (fetch: () => typeof globalThis.fetch): typeof globalThis.fetch =>
      (input, init) =>
        counted(() => fetch()(input, init)),
    snapshot: (): FleetStatsSnapshot => ({ inFlight, peakInFlight, requests }),
    /** Requests still in flight stay counted in `inFlight` (and so in the new peak). */
    reset() {
      peakInFlight = inFlight;
      requests = 0;
    },
  };
}

export type FleetStats = ReturnType<typeof createFleetStats>;

const crossOriginRefusal = () =>
  standardErrorResponse(403, {
    code: 'CMK-PROXY-CROSS-ORIGIN',
    title: 'Cross-origin request refused',
    detail: 'Only pages served by this console may read or reset the fleet statistics.',
  });

/** `/__sim/fleet/stats`: GET the counts, POST `/reset` to start counting again. */
export function fleetStatsApp(stats: FleetStats): Hono {
  const app = new Hono();
  app.use(sameOriginOnly(crossOriginRefusal));
  const noStore = { 'cache-control': 'no-store' };
  app.get('/', (c) => c.json(stats.snapshot(), 200, noStore));
  app.post('/reset', (c) => {
    stats.reset();
    return c.json(stats.snapshot(), 200, noStore);
  });
  return app;
}
