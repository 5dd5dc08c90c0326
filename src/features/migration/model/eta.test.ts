import { describe, expect, it } from 'vitest';
import { emptyHistory, estimateRemainingMs, formatDuration, recordProgress } from './eta.ts';
import { aMigration } from '../../../testing/test-migration.ts';

describe('estimateRemainingMs', () => {
  it('extrapolates a steady rate', () => {
    const samples = [0, 1, 2, 3, 4].map((i) => ({ atMs: i * 1000, progress: i * 5 }));
    expect(estimateRemainingMs(samples, 4_000)).toBe(16_000);
  });
  it('subtracts the time since the last sample', () => {
    const samples = [
      { atMs: 0, progress: 10 },
      { atMs: 4_000, progress: 30 },
    ];
    expect(estimateRemainingMs(samples, 5_000)).toBe(13_000);
  });
  it('averages jumping progress over the window', () => {
    const samples = [
      { atMs: 0, progress: 10 },
      { atMs: 5_000, progress: 11 },
      { atMs: 6_000, progress: 40 },
    ];
    expect(estimateRemainingMs(samples, 6_000)).toBe(12_000);
  });
  it('hides the estimate without enough signal', () => {
    expect(estimateRemainingMs([], 0)).toBeNull();
    expect(estimateRemainingMs([{ atMs: 0, progress: 10 }], 5_000)).toBeNull();
    const tooShort = [
      { atMs: 0, progress: 10 },
      { atMs: 1_000, progress: 20 },
    ];
    expect(estimateRemainingMs(tooShort, 1_000)).toBeNull();
  });
  it('hides the estimate when progress stalled far longer than the rate predicts', () => {
    const samples = [
      { atMs: 0, progress: 10 },
      { atMs: 4_000, progress: 30 },
    ];
    expect(estimateRemainingMs(samples, 20_000)).toBeNull();
  });
  it('never goes below zero', () => {
    const samples = [
      { atMs: 0, progress: 90 },
      { atMs: 2_000, progress: 98 },
    ];
    expect(estimateRemainingMs(samples, 9_000)).toBe(0);
  });
});

describe('recordProgress', () => {
  it('keeps one sample per change and restarts for a new migration', () => {
    let history = recordProgress(emptyHistory, aMigration({ progress: 10 }), 0);
    history = recordProgress(history, aMigration({ progress: 10 }), 1_000);
    history = recordProgress(history, aMigration({ progress: 20 }), 2_000);
    expect(history.samples).toEqual([
      { atMs: 0, progress: 10 },
      { atMs: 2_000, progress: 20 },
    ]);
    history = recordProgress(history, aMigration({ id: 'm-2', progress: 1 }), 3_000);
    expect(history.samples).toEqual([{ atMs: 3_000, progress: 1 }]);
  });
  it('ignores completed migrations and answers without progress', () => {
    const completed = aMigration({ state: 'Completed', progress: 100 });
    expect(recordProgress(emptyHistory, completed, 0)).toBe(emptyHistory);
    expect(recordProgress(emptyHistory, aMigration({ progress: null }), 0)).toBe(emptyHistory);
  });
  it('drops samples older than a minute', () => {
    let history = recordProgress(emptyHistory, aMigration({ progress: 1 }), 0);
    history = recordProgress(history, aMigration({ progress: 2 }), 61_000);
    expect(history.samples).toEqual([{ atMs: 61_000, progress: 2 }]);
  });
});

describe('formatDuration', () => {
  it('reads like a person would say it', () => {
    expect(formatDuration(2_000)).toBe('a few seconds');
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
  });
});
