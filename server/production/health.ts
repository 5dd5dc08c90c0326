import { Hono } from 'hono';
import packageJson from '../../package.json' with { type: 'json' };
import type { ConsoleMode } from '../mode.ts';
import type { RefusalCounts } from '../refusals/refusal-counter.ts';

export interface HealthBody {
  /** The console server answers; the tenant's state is reported apart, never as a failure here. */
  status: 'ok';
  mode: ConsoleMode['kind'];
  /** Absent in fleet mode: each tenant's state is the fleet page's to show. */
  tenantReachable?: boolean;
  /** Fleet mode: how many tenants it serves. */
  tenants?: number;
  version: string;
  /** Requests the console answered itself since it started, per reason (`x-cmk-proxy-error`). */
  refused: RefusalCounts;
}

/**
 * `GET /healthz`: always 200 while the server runs, so a load balancer does not take the console
 * away when the tenant has an outage (the console is what explains that outage to its admins).
 */
export function healthApp(
  mode: ConsoleMode,
  isTenantReachable: () => Promise<boolean>,
  refusals: () => RefusalCounts,
): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const { version } = packageJson;
    const refused = refusals();
    const body: HealthBody =
      mode.kind === 'fleet'
        ? { status: 'ok', mode: mode.kind, tenants: mode.fleet.tenants.length, version, refused }
        : {
            status: 'ok',
            mode: mode.kind,
            tenantReachable: mode.kind !== 'simulator' ? await isTenantReachable() : true,
            version,
            refused,
          };
    return c.json(body, 200, { 'cache-control': 'no-store' });
  });
  return app;
}
