import { useQueryClient } from '@tanstack/react-query';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation.ts';
import {
  migrateToKeyProvider,
  resetToDefaultProvider,
  type StartOutcome,
} from '../../../api/migration.ts';
import { queryKeys } from '../../../api/queries.ts';
import { refreshMigration } from '../../../api/migration-channel.ts';
import type { MigrationTarget } from './target.ts';

export function useStartMigration(target: MigrationTarget) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: async (): Promise<StartOutcome> => {
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
