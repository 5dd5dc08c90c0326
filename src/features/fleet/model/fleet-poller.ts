/**
 * Polite polling of many tenants: at most `concurrency` checks at once across the fleet, each with
 * its own time limit, so a slow or dead tenant holds one slot for at most that long and never
 * delays the rest. A failed check backs off exponentially (or as long as a 429's `Retry-After`
 * says); a tenant whose last answer asks for it (a running migration) is checked more often.
 * Paused, it starts nothing new (the page is hidden); resumed, whatever fell due runs.
 */

export interface PollTimers {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface PollerOptions<T> {
  ids: readonly string[];
  /** One look at one tenant; must give up when `signal` aborts. */
  check: (id: string, signal: AbortSignal) => Promise<T>;
  /** Whether this answer calls for the fast interval (a migration is running). */
  isBusy?: (result: T) => boolean;
  /** The wait a failure asks for (a 429's `Retry-After`), if it says. */
  retryAfterOf?: (error: unknown) => number | undefined;
  concurrency?: number;
  timeoutMs?: number;
  intervalMs?: number;
  busyIntervalMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /**
   * Changes within this long reach subscribers as one snapshot: 100 tenants answering one after
   * the other re-render the page a few times, not 200.
   */
  publishEveryMs?: number;
  timers?: PollTimers;
}

export interface PollEntry<T> {
  id: string;
  /** The last answer, kept while later checks fail. */
  result: T | undefined;
  /** The last check's failure; undefined after a success. */
  error: unknown;
  checking: boolean;
  /** When the last check (success or failure) ended; null before the first. */
  checkedAt: number | null;
  /** When the last successful check ended. */
  succeededAt: number | null;
  /** Failures in a row. */
  failures: number;
  nextAt: number;
}

export interface PollSnapshot<T> {
  entries: readonly PollEntry<T>[];
  inFlight: number;
  paused: boolean;
}

export const POLL_DEFAULTS = {
  concurrency: 6,
  timeoutMs: 10_000,
  intervalMs: 60_000,
  busyIntervalMs: 5_000,
  backoffBaseMs: 5_000,
  backoffMaxMs: 5 * 60_000,
  publishEveryMs: 50,
};

const browserTimers: PollTimers = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/** The abort reason of a check that ran out of time; the API client reads it as a timeout. */
export const checkTimeout = (ms: number) =>
  new DOMException(`No answer within ${ms / 1000} s`, 'TimeoutError');

export class FleetPoller<T> {
  private readonly settings: typeof POLL_DEFAULTS;
  private readonly timers: PollTimers;
  private entries: PollEntry<T>[];
  private readonly controllers = new Map<string, AbortController>();
  private readonly listeners = new Set<() => void>();
  private snapshot: PollSnapshot<T>;
  private wake: unknown = null;
  private flush: unknown = null;
  private running = false;
  private paused = false;

  constructor(private readonly options: PollerOptions<T>) {
    this.settings = { ...POLL_DEFAULTS, ...withoutUndefined(options) };
    this.timers = options.timers ?? browserTimers;
    const now = this.timers.now();
    this.entries = options.ids.map((id) => ({
      id,
      result: undefined,
      error: undefined,
      checking: false,
      checkedAt: null,
      succeededAt: null,
      failures: 0,
      nextAt: now,
    }));
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = () => this.snapshot;

  start() {
    this.running = true;
    this.pump();
  }

  /** Aborts what is in flight and starts nothing more until `start` (which re-checks those). */
  stop() {
    this.running = false;
    this.clearWake();
    if (this.flush !== null) this.timers.clearTimeout(this.flush);
    this.flush = null;
    const controllers = [...this.controllers.values()];
    this.controllers.clear();
    for (const controller of controllers) controller.abort();
    this.entries = this.entries.map((entry) => ({ ...entry, checking: false }));
    this.snapshot = this.makeSnapshot();
  }

  /** Starts nothing new (checks in flight finish). */
  pause() {
    if (this.paused) return;
    this.paused = true;
    this.clearWake();
    this.publish();
  }

  resume() {
    if (!this.paused) return;
    this.paused = false;
    this.publish();
    this.pump();
  }

  /** Makes tenants (all by default) due now, ahead of their schedule. */
  checkNow(ids?: readonly string[]) {
    const now = this.timers.now();
    const wanted = ids ? new Set(ids) : null;
    this.update((entry) =>
      !wanted || wanted.has(entry.id) ? { ...entry, nextAt: Math.min(entry.nextAt, now) } : entry,
    );
    this.pump();
  }

  private pump() {
    if (!this.running || this.paused) return;
    const now = this.timers.now();
    const inFlight = this.entries.filter((entry) => entry.checking).length;
    const due = this.entries
      .filter((entry) => !entry.checking && entry.nextAt <= now)
      .sort((a, b) => a.nextAt - b.nextAt)
      .slice(0, Math.max(0, this.settings.concurrency - inFlight));
    for (const entry of due) this.run(entry.id);
    this.scheduleWake();
  }

  private run(id: string) {
    const controller = new AbortController();
    this.controllers.set(id, controller);
    const { timeoutMs } = this.settings;
    const limit = this.timers.setTimeout(() => {
      controller.abort(checkTimeout(timeoutMs));
    }, timeoutMs);
    this.update((entry) => (entry.id === id ? { ...entry, checking: true } : entry));
    void this.options.check(id, controller.signal).then(
      (result) => {
        this.finish(id, limit, controller, (entry, now) => ({
          ...entry,
          result,
          error: undefined,
          failures: 0,
          succeededAt: now,
          nextAt: now + this.intervalFor(result),
        }));
      },
      (error: unknown) => {
        const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
        this.finish(id, limit, controller, (entry, now) => {
          const failures = entry.failures + 1;
          return {
            ...entry,
            error:
              reason instanceof DOMException && reason.name === 'TimeoutError' ? reason : error,
            failures,
            nextAt: now + this.backoff(failures, error),
          };
        });
      },
    );
  }

  private finish(
    id: string,
    limit: unknown,
    controller: AbortController,
    next: (entry: PollEntry<T>, now: number) => PollEntry<T>,
  ) {
    this.timers.clearTimeout(limit);
    // Stopped since (or replaced): this answer no longer counts.
    if (this.controllers.get(id) !== controller) return;
    this.controllers.delete(id);
    const now = this.timers.now();
    this.update((entry) =>
      entry.id === id ? { ...next(entry, now), checking: false, checkedAt: now } : entry,
    );
    this.pump();
  }

  private intervalFor(result: T) {
    return this.options.isBusy?.(result) ? this.settings.busyIntervalMs : this.settings.intervalMs;
  }

  private backoff(failures: number, error: unknown) {
    const asked = this.options.retryAfterOf?.(error);
    if (asked !== undefined) return Math.max(asked, 1_000);
    const { backoffBaseMs, backoffMaxMs } = this.settings;
    return Math.min(backoffMaxMs, backoffBaseMs * 2 ** (failures - 1));
  }

  private scheduleWake() {
    this.clearWake();
    if (!this.running || this.paused) return;
    const waiting = this.entries.filter((entry) => !entry.checking);
    if (waiting.length === 0) return;
    const inFlight = this.entries.length - waiting.length;
    // A full pool wakes up when a check ends, not on a timer.
    if (inFlight >= this.settings.concurrency) return;
    const next = Math.min(...waiting.map((entry) => entry.nextAt));
    this.wake = this.timers.setTimeout(
      () => {
        this.wake = null;
        this.pump();
      },
      Math.max(0, next - this.timers.now()),
    );
  }

  private clearWake() {
    if (this.wake !== null) this.timers.clearTimeout(this.wake);
    this.wake = null;
  }

  private update(change: (entry: PollEntry<T>) => PollEntry<T>) {
    this.entries = this.entries.map(change);
    this.publish();
  }

  private publish() {
    const tell = () => {
      this.flush = null;
      this.snapshot = this.makeSnapshot();
      for (const listener of this.listeners) listener();
    };
    if (this.settings.publishEveryMs <= 0) tell();
    else this.flush ??= this.timers.setTimeout(tell, this.settings.publishEveryMs);
  }

  private makeSnapshot(): PollSnapshot<T> {
    return {
      entries: this.entries,
      inFlight: this.entries.filter((entry) => entry.checking).length,
      paused: this.paused,
    };
  }
}

function withoutUndefined<T>(options: PollerOptions<T>): Partial<typeof POLL_DEFAULTS> {
  const picked: Partial<typeof POLL_DEFAULTS> = {};
  for (const key of Object.keys(POLL_DEFAULTS) as (keyof typeof POLL_DEFAULTS)[]) {
    const value = options[key];
    if (value !== undefined) picked[key] = value;
  }
  return picked;
}
