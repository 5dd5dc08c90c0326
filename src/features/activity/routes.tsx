import type { RouteObject } from 'react-router';
import { routePatterns } from '../../config/paths.ts';

/** The activity log: loads on demand. */
export const activityRoutes: RouteObject[] = [
  {
    path: routePatterns.activity,
    lazy: async () => {
      const { ActivityPage } = await import('./components/ActivityPage.tsx');
      return { Component: ActivityPage };
    },
  },
];
