import { useQueryClient } from '@tanstack/react-query';
import { useSingleFlightMutation } from '../lib/use-single-flight-mutation.ts';
import { testKeyProvider } from './key-providers.ts';
import { queryKeys } from './queries.ts';
import { recordValidation } from './validation-log.ts';

/**
 * The one way to validate a key (POST …/actions/test): a mutation, so nothing re-sends it by
 * itself; single flight; every result is recorded for the session and refreshes the provider.
 */
export function useValidateProvider(fingerprint: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: () => testKeyProvider(fingerprint),
    onSuccess: async (provider) => {
      recordValidation(fingerprint, provider);
      queryClient.setQueryData(queryKeys.provider(fingerprint), provider);
      await queryClient.invalidateQueries({ queryKey: queryKeys.providerList() });
    },
  });
}
