import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NotificationsHost } from '../components/NotificationsHost.tsx';
import { ConsoleContextProvider } from './ConsoleContextProvider.tsx';
import { COLOR_SCHEME_KEY, DEFAULT_COLOR_SCHEME } from './color-scheme.ts';
import { cssVariablesResolver, theme } from './theme.ts';

// Mantine's own manager: the choice in localStorage, other tabs followed through `storage` events.
const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_KEY });

/**
 * The one provider tree: the app mounts it around the router, the build's prerender around the
 * first page's shell, tests around what they render.
 */
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
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme={DEFAULT_COLOR_SCHEME}
    >
      <NotificationsHost />
      <QueryClientProvider client={queryClient}>
        <ConsoleContextProvider>{children}</ConsoleContextProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
