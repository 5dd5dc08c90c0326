import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { useRetryCountdown } from './use-retry-countdown.ts';
import { useSlow } from './use-slow.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useSlow', () => {
  it('turns true only after the request has lasted long enough, and resets', () => {
    const { result, rerender } = renderHook(({ active }) => useSlow(active, 4000), {
      initialProps: { active: true },
    });
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(3000));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(1500));
    expect(result.current).toBe(true);
    rerender({ active: false });
    expect(result.current).toBe(false);
  });
});

describe('useRetryCountdown', () => {
  it('counts down to the retry the tenant asked for with Retry-After', () => {
    const rateLimited = new ApiError({
      operation: 'listKeyProviders',
      kind: 'http',
      status: 429,
      title: 'Too many requests',
      retryAfterMs: 5000,
    });
    const { result, rerender } = renderHook((props) => useRetryCountdown(props), {
      initialProps: { failureCount: 0, failureReason: null as unknown, isError: false },
    });
    expect(result.current).toBeNull();
    rerender({ failureCount: 1, failureReason: rateLimited, isError: false });
    expect(result.current).toBe(5);
    act(() => void vi.advanceTimersByTime(2000));
    expect(result.current).toBe(3);
    rerender({ failureCount: 1, failureReason: rateLimited, isError: true });
    expect(result.current).toBeNull();
  });
});
