import { useQuery } from '@tanstack/react-query';
import { consoleInfoQuery } from './console-info.ts';

export const READ_ONLY_REASON = 'The console is read-only (QLIK_READ_ONLY)';

/** Read-only flag, tenant region and the base URL copied cURL commands use. */
export function useConsoleContext() {
  const { data } = useQuery(consoleInfoQuery);
  return {
    readOnly: data?.readOnly ?? false,
    tenantRegion: data?.tenantRegion ?? null,
    apiBaseUrl: data?.mode === 'tenant' && data.tenantUrl ? data.tenantUrl : window.location.origin,
  };
}
