import type { RouteObject } from 'react-router';

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
    path: 'providers/new',
    lazy: async () => {
      const { CreateProviderPage } = await import('./components/CreateProviderPage.tsx');
      return { Component: CreateProviderPage };
    },
  },
  {
    // `dialog` is `edit` or `delete`: each dialog has its own address.
    path: 'providers/:fingerprint/:dialog?',
    lazy: async () => {
      const { ProviderDetailPage } = await import('./components/ProviderDetailPage.tsx');
      return { Component: ProviderDetailPage };
    },
  },
];
