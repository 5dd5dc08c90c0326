import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NotificationsHost } from '../components/NotificationsHost.tsx';
import { ConsoleContextProvider } from './ConsoleContextProvider.tsx';

/**
 * The one provider tree: the app mounts it around the router, tests around what they render. No
 * MantineProvider: the first visit draws without Mantine's components (src/components/lite); what
 * loads later brings its own (`lazyView`, MantineRoot).
 */
export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <>
      <NotificationsHost />
      <QueryClientProvider client={queryClient}>
        <ConsoleContextProvider>{children}</ConsoleContextProvider>
      </QueryClientProvider>
    </>
  );
}
