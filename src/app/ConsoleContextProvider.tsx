import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { consoleInfoQuery } from '../api/console-info.ts';
import { ConsoleContext } from '../lib/console-context.ts';

/** Until the console's server answers, assume a writable simulated tenant on this origin. */
export function ConsoleContextProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery(consoleInfoQuery);
  const value = useMemo(
    () => ({
      readOnly: data?.readOnly ?? false,
      tenantRegion: data?.tenantRegion ?? null,
      apiBaseUrl:
        data?.mode === 'tenant' && data.tenantUrl
          ? data.tenantUrl
          : // No location where the build prerenders the shell; no view there shows this.
            ((globalThis as { location?: Location }).location?.origin ?? ''),
    }),
    [data],
  );
  return <ConsoleContext value={value}>{children}</ConsoleContext>;
}
