import type { ScenarioName } from '../../simulator/contract.ts';

export interface ScenarioOption {
  name: ScenarioName;
  label: string;
  description: string;
}

export const SCENARIOS: readonly ScenarioOption[] = [
  {
    name: 'default',
    label: 'Documented tenant',
    description: 'The three providers of Qlik’s API reference; CMK - 02 is current.',
  },
  {
    name: 'fresh',
    label: 'New tenant on the Qlik default',
    description: 'Only the Qlik managed key, no migration yet.',
  },
  {
    name: 'migrating',
    label: 'Migration in progress',
    description: 'Leaving the Qlik default for a first multi-Region key.',
  },
  {
    name: 'failing-validation',
    label: 'Key that fails validation',
    description: '“Finance key” is registered, but its policy forgets the DR region.',
  },
  {
    name: 'busy',
    label: 'Busy tenant',
    description: 'Every third read answers 429 with Retry-After: 2.',
  },
];

export const MIGRATION_SPEEDS = [
  { label: '10 s', value: 10_000 },
  { label: '1 min', value: 60_000 },
  { label: 'Realistic (15 min)', value: 15 * 60_000 },
] as const;

/** Where "Reset to start" goes, and where a first visit begins. */
export const DEMO_START = { scenario: 'default', migrationDurationMs: 60_000 } as const;

export type FaultChoice = 'none' | 'server-error' | 'timeout' | 'drop';

/**
 * Queued for the next API request, used once. The header's migration poll is left out: the
 * presenter means the next thing they do, not a background refresh that happens to come first.
 */
const NOT_THE_POLL = '/^(?!.*\\/migration\\/actions\\/details$)/';

export const FAULTS: Record<Exclude<FaultChoice, 'none'>, { label: string; spec: object }> = {
  'server-error': { label: 'Fails with 503', spec: { path: NOT_THE_POLL, status: 503 } },
  // The console server's own answer when the tenant never replies (instead of a 60 s wait).
  timeout: {
    label: 'Times out',
    spec: { path: NOT_THE_POLL, status: 504, headers: { 'x-cmk-proxy-error': 'timeout' } },
  },
  drop: { label: 'Loses the connection', spec: { path: NOT_THE_POLL, drop: true } },
};
