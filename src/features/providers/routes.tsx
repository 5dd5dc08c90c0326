import type { RouteObject } from 'react-router';
import { routePatterns } from '../../config/paths.ts';
import { ProvidersPage } from './components/ProvidersPage.tsx';

/** Routes of the key provider lifecycle: the table comes with the first page, the others on demand. */
export const providerRoutes: RouteObject[] = [
  { index: true, Component: ProvidersPage },
  {
    path: routePatterns.newProvider,
    lazy: async () => {
      const { CreateProviderPage } = await import('./components/CreateProviderPage.tsx');
      return { Component: CreateProviderPage };
    },
  },
  {
    path: routePatterns.provider,
    lazy: async () => {
      const { ProviderDetailPage } = await import('./components/ProviderDetailPage.tsx');
      return { Component: ProviderDetailPage };
    },
  },
];
