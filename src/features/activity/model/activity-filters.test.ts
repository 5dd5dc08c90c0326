import { describe, expect, it } from 'vitest';
import { activityEntries } from '../../../testing/activity-entries.ts';
import {
  filterActivity,
  newestFirst,
  operationOptions,
  personOptions,
} from './activity-filters.ts';
import { operationLabel } from './operation-labels.ts';

describe('activity filters', () => {
  it('orders newest first', () => {
    expect(newestFirst(activityEntries).map((entry) => entry.at)).toEqual([
      '2026-11-29T10:30:00.000Z',
      '2026-11-29T08:15:00.000Z',
      '2026-11-28T12:00:00.000Z',
      '2026-11-28T09:00:00.000Z',
    ]);
  });

  it('filters by person (id, or the name of the shared key) and by operation', () => {
    const ada = filterActivity(activityEntries, { person: 'u-ada', operation: null });
    expect(ada.map((entry) => entry.operation)).toEqual([
      'createKeyProvider',
      'resetToDefaultProvider',
    ]);
    const key = filterActivity(activityEntries, { person: 'Shared API key', operation: null });
    expect(key).toHaveLength(1);
    const both = filterActivity(activityEntries, {
      person: 'u-ada',
      operation: 'resetToDefaultProvider',
    });
    expect(both).toHaveLength(1);
    expect(filterActivity(activityEntries, { person: null, operation: null })).toHaveLength(4);
  });

  it('offers the people and operations in the log, named', () => {
    expect(personOptions(activityEntries)).toEqual([
      { value: 'u-ada', label: 'Ada Lovelace' },
      { value: 'u-bob', label: 'Bob Builder' },
      { value: 'Shared API key', label: 'Shared API key' },
    ]);
    const unknown = activityEntries.map((entry) => ({ ...entry, operation: 'zapKey' }));
    const withUnknown = [...activityEntries, ...unknown];
    expect(operationOptions(withUnknown).map((option) => option.label)).toEqual([
      'Registered a key',
      'Deleted',
      'Validated',
      'Returned to the Qlik default',
      'zapKey',
    ]);
  });

  it('says each recorded operation in words', () => {
    expect(
      [
        'createKeyProvider',
        'patchKeyProvider',
        'deleteKeyProvider',
        'testKeyProvider',
        'migrateKeyProvider',
        'resetToDefaultProvider',
      ].map(operationLabel),
    ).toEqual([
      'Registered a key',
      'Edited',
      'Deleted',
      'Validated',
      'Started a migration',
      'Returned to the Qlik default',
    ]);
  });
});
