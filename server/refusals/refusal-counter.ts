import type { MiddlewareHandler } from 'hono';

/**
 * The `x-cmk-proxy-error` values of answers the console gives instead of sending a request on.
 * A fixed set: any other value counts as `other`, so no client can add keys.
 */
export const REFUSAL_REASONS = [
  'foreign-host',
  'cross-origin',
  'signed-out',
  'not-allowed',
  'unsafe-path',
  'query-not-allowed',
  'read-only',
  'too-large',
  'client-refused',
  'other',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];
export type RefusalCounts = Record<RefusalReason, number>;

/** Sent on, with no answer: the activity log records these, they are no refusals. */
const NOT_REFUSALS = new Set(['unreachable', 'timeout']);

export const SUMMARY_INTERVAL_MS = 60_000;

const zero = (): RefusalCounts =>
  Object.fromEntries(REFUSAL_REASONS.map((reason) => [reason, 0])) as RefusalCounts;

const reasonOf = (value: string): RefusalReason =>
  REFUSAL_REASONS.find((reason) => reason === value && reason !== 'other') ?? 'other';

export interface RefusalCounter {
  /** Hono middleware that counts each refusal answered under it. */
  middleware: MiddlewareHandler;
  /** Refusals since the server started, per reason. */
  totals: () => RefusalCounts;
}

/**
 * Counts refusals per reason and writes one summary line a minute at most, only for a minute that
 * had any: a flood of refused requests costs a few counters, never a log line each.
 */
export function createRefusalCounter(
  log: (line: string) => void,
  intervalMs = SUMMARY_INTERVAL_MS,
): RefusalCounter {
  const totals = zero();
  let window = zero();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function summarise() {
    timer = undefined;
    const parts = REFUSAL_REASONS.filter((reason) => window[reason] > 0).map(
      (reason) => `${String(window[reason])} ${reason}`,
    );
    window = zero();
    log(
      `Refused (answered by the console, not sent to the tenant) in the last minute: ${parts.join(', ')}`,
    );
  }

  function count(value: string) {
    const reason = reasonOf(value);
    totals[reason] += 1;
    window[reason] += 1;
    if (!timer) {
      timer = setTimeout(summarise, intervalMs);
      timer.unref();
    }
  }

  return {
    middleware: async (c, next) => {
      await next();
      const value = c.res.headers.get('x-cmk-proxy-error');
      if (value !== null && !NOT_REFUSALS.has(value)) count(value);
    },
    totals: () => ({ ...totals }),
  };
}
