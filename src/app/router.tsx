import { Center, Loader, rem } from '@mantine/core';
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Outlet, useLocation, useRoutes, type RouteObject } from 'react-router';
import { activityRoutes } from '../features/activity/routes.tsx';
import { historyRoutes } from '../features/history/routes.tsx';
import { migrationRoutes } from '../features/migration/routes.tsx';
import { providerRoutes } from '../features/providers/routes.tsx';
import { SessionGate } from '../features/session/components/SessionGate.tsx';
import { sessionRoutes } from '../features/session/routes.tsx';
import { ConsoleShell } from './layout/ConsoleShell.tsx';
import { ConsoleSkeleton } from './layout/ConsoleSkeleton.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';

/** While a view's code loads (its first visit only; a navigation keeps the old view meanwhile). */
function PageLoader({ fullPage = false }: { fullPage?: boolean }) {
  return (
    <Center style={{ height: fullPage ? '100vh' : rem(240) }}>
      <Loader aria-label="Loading the console" />
    </Center>
  );
}

/** A page outside the layout (signed in again): its own loader. */
function StandalonePage() {
  return (
    <Suspense fallback={<PageLoader fullPage />}>
      <Outlet />
    </Suspense>
  );
}

/**
 * Each view inside the layout: a crash shows RouteError in the layout (reset by going elsewhere),
 * and a view loading its code shows a loader in the main area. Navigations are transitions
 * (BrowserRouter's default), so moving to a view not loaded yet keeps the current one on screen.
 */
export function ViewBoundary() {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  );
}

const routes: RouteObject[] = [
  { element: <StandalonePage />, children: sessionRoutes },
  {
    element: (
      <SessionGate pending={<ConsoleSkeleton />}>
        <ConsoleShell />
      </SessionGate>
    ),
    children: [
      {
        element: <ViewBoundary />,
        children: [
          ...providerRoutes,
          ...migrationRoutes,
          ...activityRoutes,
          ...historyRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/**
 * The console's routes, in React Router's declarative mode (`BrowserRouter` in App): the views
 * load their own data with TanStack Query, so the data router's loaders are not used and its
 * 16 KB (gzip) stay out of the first visit. Lazy views are React.lazy components.
 */
export function ConsoleRoutes() {
  return useRoutes(routes);
}
