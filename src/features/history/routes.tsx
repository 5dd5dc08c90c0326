import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { routePatterns } from '../../config/paths.ts';

const HistoryPage = lazy(async () => ({
  default: (await import('./components/HistoryPage.tsx')).HistoryPage,
}));

/** The key history loads on demand. */
export const historyRoutes: RouteObject[] = [
  { path: routePatterns.history, Component: HistoryPage },
];
