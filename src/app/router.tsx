import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { migrationRoutes } from '../features/migration/routes.tsx';
import { providerRoutes } from '../features/providers/routes.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
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
    {
      element: <AppLayout />,
      // Shown while the first lazy route loads.
      hydrateFallbackElement: <PageLoader />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            ...providerRoutes,
            ...migrationRoutes,
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
