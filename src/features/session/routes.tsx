import type { RouteObject } from 'react-router';
import { lazyView } from '../../components/mantine/lazy-view.tsx';
import { routePatterns } from '../../config/paths.ts';

const SignedInAgainPage = lazyView(
  async () => (await import('./components/SignedInAgainPage.tsx')).SignedInAgainPage,
);

/** Outside the console's layout: the tab that signed in again only says to go back. */
export const sessionRoutes: RouteObject[] = [
  { path: routePatterns.signedInAgain, Component: SignedInAgainPage },
];
