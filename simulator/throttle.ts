import type { Fault } from './faults.ts';
import type { Throttle } from './tenant-seed.ts';

/**
 * A busy tenant's answer to a read: every `everyNthRead`-th GET becomes a 429 with Retry-After,
 * expressed as a fault so it is answered, titled and logged like an injected one.
 */
export function throttledRead(throttle: Throttle | undefined, method: string): Fault | null {
  if (!throttle || method.toUpperCase() !== 'GET') return null;
  throttle.readsSeen += 1;
  if (throttle.readsSeen % throttle.everyNthRead !== 0) return null;
  return {
    id: 0,
    remaining: 0,
    status: 429,
    headers: { 'Retry-After': String(throttle.retryAfterSeconds) },
    latencyMs: 0,
    drop: false,
    malformed: false,
  };
}
