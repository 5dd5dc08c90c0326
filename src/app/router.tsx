import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { activityRoutes } from '../features/activity/routes.tsx';
import { historyRoutes } from '../features/history/routes.tsx';
import { migrationRoutes } from '../features/migration/routes.tsx';
import { providerRoutes } from '../features/providers/routes.tsx';
import { SessionGate } from '../features/session/components/SessionGate.tsx';
import { sessionRoutes } from '../features/session/routes.tsx';
import { ConsoleShell } from './layout/ConsoleShell.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';
import { routerBasename } from '../config/paths.ts';

function PageLoader() {
  return (
    <Center h="100vh">
      <Loader aria-label="Loading the console" />
    </Center>
  );
}

export function createRouter() {
  return createBrowserRouter(routes(), { basename: routerBasename });
}

function routes(): RouteObject[] {
  return [
    { hydrateFallbackElement: <PageLoader />, children: sessionRoutes },
    {
      element: (
        <SessionGate>
          <ConsoleShell />
        </SessionGate>
      ),
      // Shown while the first lazy route loads.
      hydrateFallbackElement: <PageLoader />,
      children: [
        {
          errorElement: <RouteError />,
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
}
