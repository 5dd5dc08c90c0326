import { useQueryClient } from '@tanstack/react-query';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation.ts';
import { isApiError } from '../../../api/api-error.ts';
import { migrateToKeyProvider, resetToDefaultProvider } from '../../../api/migration.ts';
import { queryKeys } from '../../../api/queries.ts';
import { refreshMigration } from '../poller/migration-channel.ts';
import type { MigrationTarget } from './target.ts';

export type StartResult = { started: true } | { started: false; message: string };

/** 428 on migrate and 406 on reset both mean "one is running already". */
export function isAlreadyRunning(error: unknown): boolean {
  if (!isApiError(error) || error.kind !== 'http') return false;
  return (
    (error.operation === 'migrateKeyProvider' && error.status === 428) ||
    (error.operation === 'resetToDefaultProvider' && error.status === 406)
  );
}

export function useStartMigration(target: MigrationTarget) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: async (): Promise<StartResult> => {
      if (target.kind === 'qlik-default') return resetToDefaultProvider();
      const migration = await migrateToKeyProvider(target.provider.fingerprint);
      queryClient.setQueryData(queryKeys.migration, migration);
      return { started: true };
    },
    onSuccess: async (result) => {
      if (result.started) await refreshMigration(queryClient);
    },
  });
}
