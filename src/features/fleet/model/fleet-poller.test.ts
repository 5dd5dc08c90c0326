import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FleetPoller, type PollerOptions } from './fleet-poller.ts';

const ids = (n: number) => Array.from({ length: n }, (_, index) => `t${index}`);

/** A check that answers `value` after `ms`, or rejects when aborted; counts what is in flight. */
function probe(answer: (id: string) => { ms: number; value?: string; error?: unknown }) {
  let inFlight = 0;
  let peak = 0;
  const calls: { id: string; at: number }[] = [];
  const check = (id: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ id, at: Date.now() });
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      const { ms, value, error } = answer(id);
      const done = () => {
        inFlight -= 1;
      };
      const reply = () => {
        done();
        if (error === undefined) resolve(value ?? id);
        else reject(error instanceof Error ? error : new Error('failed'));
      };
      if (ms === 0) {
        queueMicrotask(reply);
        return;
      }
      const timer = setTimeout(reply, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        done();
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      });
    });
  return {
    check,
    calls,
    peak: () => peak,
    callsOf: (id: string) => calls.filter((call) => call.id === id).map((call) => call.at),
  };
}

function poller<T>(options: PollerOptions<T>) {
  const instance = new FleetPoller({ publishEveryMs: 0, ...options });
  instance.start();
  return instance;
}

const settled = (p: FleetPoller<string>) =>
  p.getSnapshot().entries.filter((entry) => entry.checkedAt !== null).length;

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('FleetPoller', () => {
  it('checks every tenant with never more than `concurrency` checks in flight', async () => {
    const tenants = probe(() => ({ ms: 50 }));
    const p = poller({ ids: ids(100), check: tenants.check, concurrency: 8 });
    await vi.advanceTimersByTimeAsync(13 * 50 + 5);
    expect(settled(p)).toBe(100);
    expect(tenants.peak()).toBe(8);
    expect(p.getSnapshot().entries.every((entry) => entry.result === entry.id)).toBe(true);
    p.stop();
  });

  it('cuts a tenant that does not answer at its time limit, without delaying the others', async () => {
    const tenants = probe((id) => ({ ms: id === 't0' ? 60_000 : 100 }));
    const p = poller({ ids: ids(5), check: tenants.check, concurrency: 2, timeoutMs: 10_000 });
    await vi.advanceTimersByTimeAsync(500);
    expect(settled(p)).toBe(4);
    await vi.advanceTimersByTimeAsync(10_000);
    const slow = p.getSnapshot().entries[0];
    expect(slow?.error).toMatchObject({ name: 'TimeoutError' });
    expect(slow?.failures).toBe(1);
    p.stop();
  });

  it('backs off exponentially after failures and starts over after a success', async () => {
    let fail = true;
    const tenants = probe(() => (fail ? { ms: 0, error: new Error('down') } : { ms: 0 }));
    const p = poller({ ids: ['a'], check: tenants.check, backoffBaseMs: 5_000 });
    await vi.advanceTimersByTimeAsync(36_000);
    expect(tenants.callsOf('a')).toEqual([0, 5_000, 15_000, 35_000]);
    fail = false;
    await vi.advanceTimersByTimeAsync(40_000);
    expect(tenants.callsOf('a')).toEqual([0, 5_000, 15_000, 35_000, 75_000]);
    expect(p.getSnapshot().entries[0]).toMatchObject({ failures: 0, error: undefined });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tenants.callsOf('a').at(-1)).toBe(135_000);
    p.stop();
  });

  it('waits as long as a Retry-After asks', async () => {
    const busy = Object.assign(new Error('429'), { retryAfterMs: 30_000 });
    const tenants = probe(() => ({ ms: 0, error: busy }));
    const p = poller({
      ids: ['a'],
      check: tenants.check,
      retryAfterOf: (error) => (error as { retryAfterMs?: number }).retryAfterMs,
    });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(tenants.callsOf('a')).toEqual([0, 30_000]);
    p.stop();
  });

  it('checks a tenant whose answer is busy (a migration runs) at the fast interval only', async () => {
    const tenants = probe((id) => ({ ms: 0, value: id === 'moving' ? 'migrating' : 'idle' }));
    const p = poller({
      ids: ['moving', 'still'],
      check: tenants.check,
      isBusy: (value) => value === 'migrating',
      intervalMs: 60_000,
      busyIntervalMs: 5_000,
    });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(tenants.callsOf('moving')).toEqual([0, 5_000, 10_000, 15_000, 20_000]);
    expect(tenants.callsOf('still')).toEqual([0]);
    p.stop();
  });

  it('starts nothing while paused and catches up on resume', async () => {
    const tenants = probe(() => ({ ms: 0 }));
    const p = poller({ ids: ['a', 'b'], check: tenants.check, intervalMs: 10_000 });
    await vi.advanceTimersByTimeAsync(1);
    p.pause();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tenants.calls).toHaveLength(2);
    expect(p.getSnapshot().paused).toBe(true);
    p.resume();
    await vi.advanceTimersByTimeAsync(1);
    expect(tenants.calls).toHaveLength(4);
    p.stop();
  });

  it('keeps the last answer while later checks fail', async () => {
    let fail = false;
    const tenants = probe(() => (fail ? { ms: 0, error: new Error('down') } : { ms: 0 }));
    const p = poller({ ids: ['a'], check: tenants.check, intervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1);
    fail = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(p.getSnapshot().entries[0]).toMatchObject({ result: 'a', failures: 1, succeededAt: 0 });
    p.stop();
  });

  it('checks now on demand, ahead of the schedule', async () => {
    const tenants = probe(() => ({ ms: 0 }));
    const p = poller({ ids: ['a', 'b'], check: tenants.check });
    await vi.advanceTimersByTimeAsync(1_000);
    p.checkNow(['b']);
    await vi.advanceTimersByTimeAsync(1);
    expect(tenants.callsOf('a')).toEqual([0]);
    expect(tenants.callsOf('b')).toEqual([0, 1_000]);
    p.stop();
  });

  it('aborts what is in flight on stop, and checks it again on start', async () => {
    const tenants = probe(() => ({ ms: 1_000 }));
    const p = poller({ ids: ['a'], check: tenants.check });
    await vi.advanceTimersByTimeAsync(10);
    p.stop();
    expect(p.getSnapshot().inFlight).toBe(0);
    p.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(tenants.callsOf('a')).toEqual([0, 10]);
    expect(p.getSnapshot().entries[0]).toMatchObject({ result: 'a', error: undefined });
    p.stop();
  });

  it('tells subscribers once per burst of changes', async () => {
    const tenants = probe(() => ({ ms: 10 }));
    const p = new FleetPoller({ ids: ids(20), check: tenants.check, publishEveryMs: 50 });
    const listener = vi.fn();
    p.subscribe(listener);
    p.start();
    await vi.advanceTimersByTimeAsync(100);
    expect(settled(p)).toBe(20);
    expect(listener.mock.calls.length).toBeLessThanOrEqual(3);
    p.stop();
  });
});
