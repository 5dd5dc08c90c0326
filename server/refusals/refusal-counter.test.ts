import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefusalCounter, REFUSAL_REASONS } from './refusal-counter.ts';

function appCounting(lines: string[]) {
  const counter = createRefusalCounter((line) => lines.push(line));
  const app = new Hono();
  app.use(counter.middleware);
  app.all('*', (c) => {
    const marker = c.req.header('x-answer-with');
    return c.text('answer', 403, marker ? { 'x-cmk-proxy-error': marker } : {});
  });
  const send = async (marker?: string) => {
    await app.request('http://console.local/', {
      headers: marker ? { 'x-answer-with': marker } : {},
    });
  };
  return { counter, send };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the refusal counter', () => {
  it('counts per reason and folds an unknown reason into other, so its keys stay fixed', async () => {
    const { counter, send } = appCounting([]);
    await send('cross-origin');
    await send('cross-origin');
    await send('signed-out');
    for (let n = 0; n < 50; n += 1) await send(`made-up-${String(n)}`);
    await send();
    await send('unreachable');
    await send('timeout');
    const totals = counter.totals();
    expect(Object.keys(totals)).toEqual([...REFUSAL_REASONS]);
    expect(totals).toMatchObject({ 'cross-origin': 2, 'signed-out': 1, other: 50 });
    expect(Object.values(totals).reduce((sum, n) => sum + n, 0)).toBe(53);
  });

  it('writes one summary a minute at most, and none for a quiet minute', async () => {
    const lines: string[] = [];
    const { send } = appCounting(lines);
    for (let n = 0; n < 1000; n += 1) await send('cross-origin');
    await send('\r\nforged line');
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(lines).toEqual([
      'Refused (answered by the console, not sent to the tenant) in the last minute: 1000 cross-origin, 1 other',
    ]);
    vi.advanceTimersByTime(5 * 60_000);
    expect(lines).toHaveLength(1);
    await send('read-only');
    vi.advanceTimersByTime(59_999);
    expect(lines).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(lines[1]).toMatch(/: 1 read-only$/);
  });
});
