import { useQueryClient } from '@tanstack/react-query';
import {
  createKeyProvider,
  deleteKeyProvider,
  patchKeyProvider,
  type KeyProviderChanges,
  type NewKeyProvider,
} from '../../../api/key-providers.ts';
import { queryKeys } from '../../../api/queries.ts';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation.ts';

/** Every change refreshes the list and the detail views (awaited, so views are fresh on success). */
function useInvalidateProviders() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.providers });
}

export function useCreateProvider() {
  const invalidate = useInvalidateProviders();
  return useSingleFlightMutation({
    mutationFn: (input: NewKeyProvider) => createKeyProvider(input),
    onSuccess: () => invalidate(),
  });
}

export function usePatchProvider(fingerprint: string) {
  const invalidate = useInvalidateProviders();
  return useSingleFlightMutation({
    mutationFn: (changes: KeyProviderChanges) => patchKeyProvider(fingerprint, changes),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteProvider(fingerprint: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: () => deleteKeyProvider(fingerprint),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: queryKeys.provider(fingerprint) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.providerList() });
    },
  });
}
