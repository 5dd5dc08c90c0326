import './first-page-styles.ts';
import './global.css';
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { routerBasename } from '../config/paths.ts';
import { AppProviders } from './AppProviders.tsx';
import { createQueryClient } from './query-client.ts';
import { ConsoleRoutes } from './router.tsx';

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <AppProviders queryClient={client}>
      <BrowserRouter basename={routerBasename}>
        <ConsoleRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
