import type { RouteObject } from 'react-router';
import { lazyView } from '../../components/mantine/lazy-view.tsx';
import { routePatterns } from '../../config/paths.ts';

const ActivityPage = lazyView(
  async () => (await import('./components/ActivityPage.tsx')).ActivityPage,
);

/** The activity log: loads on demand. */
export const activityRoutes: RouteObject[] = [
  { path: routePatterns.activity, Component: ActivityPage },
];
