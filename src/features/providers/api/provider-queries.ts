import { queryOptions } from '@tanstack/react-query';
import { api, READ_TIMEOUT_MS, withTimeout } from '../../../api/client.ts';
import { toKeyProviderList } from '../../../api/normalize.ts';

export const providerKeys = {
  all: ['providers'] as const,
  list: () => [...providerKeys.all, 'list'] as const,
  detail: (fingerprint: string) => [...providerKeys.all, 'detail', fingerprint] as const,
};

export const providerQueries = {
  list: () =>
    queryOptions({
      queryKey: providerKeys.list(),
      queryFn: async ({ signal }) => {
        const { data } = await api.GET('/api/v1/encryption/keyproviders/actions/list', {
          signal: withTimeout(signal, READ_TIMEOUT_MS),
        });
        return toKeyProviderList(data, 'listKeyProviders');
      },
    }),
};
