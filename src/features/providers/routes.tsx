import type { RouteObject } from 'react-router';
import { routePatterns } from '../../config/paths.ts';

/** Routes of the key provider lifecycle; each view loads on demand. */
export const providerRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => {
      const { ProvidersPage } = await import('./components/ProvidersPage.tsx');
      return { Component: ProvidersPage };
    },
  },
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
