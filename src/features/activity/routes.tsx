import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { routePatterns } from '../../config/paths.ts';

const ActivityPage = lazy(async () => ({
  default: (await import('./components/ActivityPage.tsx')).ActivityPage,
}));

/** The activity log: loads on demand. */
export const activityRoutes: RouteObject[] = [
  { path: routePatterns.activity, Component: ActivityPage },
];
