import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { isStale, pollInterval } from './poll-interval.ts';

const base = { leader: true, running: true, visible: true, failures: 0 };
const httpError = (status: number) =>
  new ApiError({ operation: 'getMigrationDetails', kind: 'http', status, title: 'x' });

describe('pollInterval', () => {
  it('polls every second while a migration runs and the tab is visible', () => {
    expect(pollInterval(base)).toBe(1_000);
  });
  it('slows down in a hidden tab', () => {
    expect(pollInterval({ ...base, visible: false })).toBe(5_000);
  });
  it('checks slowly when nothing runs, so a migration started elsewhere shows up', () => {
    expect(pollInterval({ ...base, running: false })).toBe(30_000);
  });
  it('never polls in a follower tab', () => {
    expect(pollInterval({ ...base, leader: false })).toBe(false);
  });
  it('backs off exponentially on failures, capped at 30 s', () => {
    expect(pollInterval({ ...base, failures: 1, error: httpError(503) })).toBe(2_000);
    expect(pollInterval({ ...base, failures: 3, error: httpError(503) })).toBe(8_000);
    expect(pollInterval({ ...base, failures: 9, error: httpError(503) })).toBe(30_000);
  });
  it('stops when the API key is refused', () => {
    expect(pollInterval({ ...base, failures: 1, error: httpError(401) })).toBe(false);
  });
  it('returns to the running pace once a fetch succeeds again', () => {
    expect(pollInterval({ ...base, failures: 0, error: null })).toBe(1_000);
  });
});

describe('isStale', () => {
  it('is fresh within the expected rhythm', () => {
    expect(isStale(3_000, true, false)).toBe(false);
    expect(isStale(40_000, false, false)).toBe(false);
  });
  it('is stale when answers stopped coming or the last fetch failed', () => {
    expect(isStale(13_000, true, false)).toBe(true);
    expect(isStale(1_000, true, true)).toBe(true);
  });
});
