import type { RouteObject } from 'react-router';
import { routePatterns } from '../../config/paths.ts';

/** Outside the console's layout: the tab that signed in again only says to go back. */
export const sessionRoutes: RouteObject[] = [
  {
    path: routePatterns.signedInAgain,
    lazy: async () => {
      const { SignedInAgainPage } = await import('./components/SignedInAgainPage.tsx');
      return { Component: SignedInAgainPage };
    },
  },
];
