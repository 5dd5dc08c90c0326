import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NotificationsHost } from '../components/NotificationsHost.tsx';
import { ConsoleContextProvider } from './ConsoleContextProvider.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

/** The one provider tree: the app mounts it around the router, tests around what they render. */
export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
    >
      <NotificationsHost />
      <QueryClientProvider client={queryClient}>
        <ConsoleContextProvider>{children}</ConsoleContextProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
