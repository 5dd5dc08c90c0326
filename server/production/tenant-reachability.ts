import { pathOf } from '../../src/api/operations.gen.ts';
import { describeFailure } from '../../proxy/failure-reason.ts';

export const REACHABILITY_TTL_MS = 30_000;
export const REACHABILITY_TIMEOUT_MS = 3_000;

export interface ReachabilityOptions {
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  /** Told when the answer changes, with the reason when the tenant cannot be reached. */
  log?: (line: string) => void;
}

/**
 * "Reachable" means: the tenant's host answered an HTTP request to the encryption API, whatever the
 * status, within 3 s. The request carries no credentials (a 401 is the expected answer), so it
 * costs no rate-limit budget of the key and puts nothing secret on the wire or in a log; it says
 * the network path and the tenant are up, not that the key is valid. One check at a time, and its
 * answer is kept for 30 s, however often a load balancer asks.
 */
export function tenantReachability(tenantUrl: string, options: ReachabilityOptions = {}) {
  const { fetch = globalThis.fetch, now = Date.now, log = () => undefined } = options;
  const url = `${tenantUrl}${pathOf('listKeyProviders')}`;
  let last: { reachable: boolean; at: number } | undefined;
  let running: Promise<boolean> | undefined;

  async function check(): Promise<boolean> {
    let reachable: boolean;
    let reason = '';
    try {
      const response = await fetch(url, {
        redirect: 'manual',
        signal: AbortSignal.timeout(REACHABILITY_TIMEOUT_MS),
      });
      void response.body?.cancel();
      reachable = true;
    } catch (error) {
      reachable = false;
      reason = describeFailure(error);
    }
    if (last?.reachable !== reachable) {
      log(
        reachable
          ? `Tenant ${tenantUrl} is reachable`
          : `Tenant ${tenantUrl} is not reachable: ${reason}`,
      );
    }
    last = { reachable, at: now() };
    return reachable;
  }

  return function isReachable(): Promise<boolean> {
    if (last && now() - last.at < REACHABILITY_TTL_MS) return Promise.resolve(last.reachable);
    running ??= check().finally(() => {
      running = undefined;
    });
    return running;
  };
}
