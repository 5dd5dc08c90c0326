import './first-page-styles.ts';
import './global.css';
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter, StaticRouter } from 'react-router';
import { routerBasename } from '../config/paths.ts';
import { AppProviders } from './AppProviders.tsx';
import { createQueryClient } from './query-client.ts';
import { ConsoleRoutes } from './router.tsx';

/** The console; `location` renders it outside a browser (the build's prerender of the shell). */
export function App({ queryClient, location }: { queryClient?: QueryClient; location?: string }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const routes = <ConsoleRoutes />;
  return (
    <AppProviders queryClient={client}>
      {location === undefined ? (
        <BrowserRouter basename={routerBasename}>{routes}</BrowserRouter>
      ) : (
        <StaticRouter basename={routerBasename} location={location}>
          {routes}
        </StaticRouter>
      )}
    </AppProviders>
  );
}
