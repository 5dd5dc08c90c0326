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
];
