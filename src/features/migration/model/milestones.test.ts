import { describe, expect, it } from 'vitest';
import { milestoneMessage, milestonesBetween } from './milestones.ts';
import { aMigration } from '../../../testing/test-migration.ts';

const completedBefore = aMigration({ id: 'm-0', state: 'Completed', progress: 100 });

describe('milestonesBetween', () => {
  it('announces nothing on the first observation', () => {
    expect(milestonesBetween(undefined, aMigration({ progress: 60 }))).toEqual([]);
  });
  it('announces a start after nothing or a completed migration', () => {
    expect(milestonesBetween(null, aMigration({ state: 'New', progress: 0 }))).toEqual(['started']);
    expect(milestonesBetween(completedBefore, aMigration({ progress: 0 }))).toEqual(['started']);
  });
  it('announces each quarter crossed, once', () => {
    expect(milestonesBetween(aMigration({ progress: 20 }), aMigration({ progress: 25 }))).toEqual([
      25,
    ]);
    expect(milestonesBetween(aMigration({ progress: 25 }), aMigration({ progress: 30 }))).toEqual(
      [],
    );
    expect(milestonesBetween(aMigration({ progress: 30 }), aMigration({ progress: 80 }))).toEqual([
      50, 75,
    ]);
  });
  it('announces completion of the watched migration and of one that ran unseen', () => {
    const done = aMigration({ state: 'Completed', progress: 100 });
    expect(milestonesBetween(aMigration({ progress: 90 }), done)).toEqual(['completed']);
    expect(milestonesBetween(null, done)).toEqual(['completed']);
    expect(milestonesBetween(done, done)).toEqual([]);
  });
  it('treats an answer without progress (the migrate response) as 0 %', () => {
    const started = aMigration({ state: 'New', progress: null });
    expect(milestonesBetween(completedBefore, started)).toEqual(['started']);
    expect(milestonesBetween(started, aMigration({ progress: 26 }))).toEqual([25]);
  });
  it('says what happened in plain words', () => {
    expect(milestoneMessage('completed', 'CMK - 01')).toBe(
      'Migration to CMK - 01 completed. It is now the current key.',
    );
    expect(milestoneMessage(50, 'x')).toBe('Migration 50% complete.');
  });
});
