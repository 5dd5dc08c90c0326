import type { RouteObject } from 'react-router';
import { lazyView } from '../../components/mantine/lazy-view.tsx';
import { routePatterns } from '../../config/paths.ts';

const HistoryPage = lazyView(
  async () => (await import('./components/HistoryPage.tsx')).HistoryPage,
);

/** The key history loads on demand. */
export const historyRoutes: RouteObject[] = [
  { path: routePatterns.history, Component: HistoryPage },
];
