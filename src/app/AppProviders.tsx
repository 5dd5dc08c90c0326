import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
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
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <ConsoleContextProvider>{children}</ConsoleContextProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
