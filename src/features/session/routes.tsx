import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { routePatterns } from '../../config/paths.ts';

const SignedInAgainPage = lazy(async () => ({
  default: (await import('./components/SignedInAgainPage.tsx')).SignedInAgainPage,
}));

/** Outside the console's layout: the tab that signed in again only says to go back. */
export const sessionRoutes: RouteObject[] = [
  { path: routePatterns.signedInAgain, Component: SignedInAgainPage },
];
