import { queryOptions, useQuery } from '@tanstack/react-query';
import { isMigrationRunning } from '../../../api/model.ts';
import { testKeyProvider } from '../../../api/key-providers.ts';
import { getMigrationDetails } from '../../../api/migration.ts';
import type { MigrationTarget } from './target.ts';

/** Not under queryKeys.migration: invalidating the poller must not re-run a key test. */
const preflightKeys = {
  keyTest: (fingerprint: string) => ['migration-preflight', 'key-test', fingerprint] as const,
  running: ['migration-preflight', 'running'] as const,
};

const keyTestQuery = (fingerprint: string) =>
  queryOptions({
    queryKey: preflightKeys.keyTest(fingerprint),
    queryFn: () => testKeyProvider(fingerprint),
    retry: false,
    staleTime: 60_000,
  });

const runningCheckQuery = () =>
  queryOptions({
    queryKey: preflightKeys.running,
    queryFn: ({ signal }) => getMigrationDetails(signal),
    retry: false,
    staleTime: 0,
  });

/** Validates the target key (not for the Qlik default) and checks that nothing is running. */
export function usePreflight(target: MigrationTarget) {
  const fingerprint = target.kind === 'provider' ? target.provider.fingerprint : '';
  const keyTest = useQuery({ ...keyTestQuery(fingerprint), enabled: fingerprint !== '' });
  const running = useQuery(runningCheckQuery());
  const key = keyTest.data;
  const keyOk =
    target.kind === 'qlik-default' ||
    (key !== undefined && key.drCompliant !== false && key.complianceProblems.length === 0);
  const keyFailed = keyTest.isError || (key !== undefined && !keyOk);
  const nothingRunning = running.isSuccess && !isMigrationRunning(running.data);
  return {
    keyTest,
    running,
    keyOk,
    keyFailed,
    migrationRunning: running.isSuccess && isMigrationRunning(running.data),
    passed: keyOk && nothingRunning,
  };
}

export type Preflight = ReturnType<typeof usePreflight>;
