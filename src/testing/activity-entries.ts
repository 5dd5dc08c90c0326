import type { ActivityEntry } from '../api/activity.ts';

const entry = (
  at: string,
  actor: ActivityEntry['actor'],
  operation: string,
  provider: ActivityEntry['provider'],
  outcome: ActivityEntry['outcome'],
): ActivityEntry => ({ at, actor, operation, provider, outcome });

const ADA = { id: 'u-ada', name: 'Ada Lovelace' };
const BOB = { id: 'u-bob', name: 'Bob Builder' };
const KEY = { id: null, name: 'Shared API key' };
const FINANCE = { name: 'Finance', fingerprint: 'f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6' };

/** A log as the console's server keeps it, deliberately not in order. */
export const activityEntries: ActivityEntry[] = [
  entry('2026-11-28T09:00:00.000Z', ADA, 'createKeyProvider', FINANCE, {
    status: 201,
    error: null,
  }),
  entry('2026-11-29T10:30:00.000Z', BOB, 'deleteKeyProvider', FINANCE, {
    status: 424,
    error: 'The key is in use',
  }),
  entry(
    '2026-11-29T08:15:00.000Z',
    KEY,
    'testKeyProvider',
    { name: '=cmd', fingerprint: null },
    {
      status: 200,
      error: null,
    },
  ),
  entry(
    '2026-11-28T12:00:00.000Z',
    ADA,
    'resetToDefaultProvider',
    { name: null, fingerprint: null },
    {
      status: 204,
      error: null,
    },
  ),
];
