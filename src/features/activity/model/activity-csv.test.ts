import { describe, expect, it } from 'vitest';
import { activityEntries } from '../../../testing/activity-entries.ts';
import { exportFilename } from '../../../lib/download-text.ts';
import { activityCsv } from './activity-csv.ts';

describe('activity CSV', () => {
  it('has one row per entry with the raw operation and status, formulas defused', () => {
    expect(activityCsv(activityEntries.slice(1, 3)).split('\r\n')).toEqual([
      'at,person,personId,operation,provider,fingerprint,status,error',
      '2026-11-29T10:30:00.000Z,Bob Builder,u-bob,deleteKeyProvider,Finance,f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6,424,The key is in use',
      "2026-11-29T08:15:00.000Z,Shared API key,,testKeyProvider,'=cmd,,200,",
      '',
    ]);
  });

  it('names the file after the UTC day', () => {
    expect(exportFilename('activity', new Date('2026-11-29T23:59:00Z'), 'csv')).toBe(
      'activity-2026-11-29.csv',
    );
  });
});
