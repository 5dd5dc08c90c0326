import type { RouteObject } from 'react-router';
import { routePatterns } from '../../config/paths.ts';

/** The key history loads on demand. */
export const historyRoutes: RouteObject[] = [
  {
    path: routePatterns.history,
    lazy: async () => {
      const { HistoryPage } = await import('./components/HistoryPage.tsx');
      return { Component: HistoryPage };
    },
  },
];
