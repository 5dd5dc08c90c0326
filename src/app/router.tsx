import { Center, Loader } from '@mantine/core';
import { createBrowserRouter } from 'react-router';
import { historyRoutes } from '../features/history/routes.tsx';
import { migrationRoutes } from '../features/migration/routes.tsx';
import { providerRoutes } from '../features/providers/routes.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';

function PageLoader() {
  return (
    <Center h="100vh">
      <Loader aria-label="Loading the console" />
    </Center>
  );
}

export function createRouter() {
  return createBrowserRouter([
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
            ...historyRoutes,
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
