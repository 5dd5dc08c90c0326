import { createBrowserRouter } from 'react-router';
import { migrationRoutes } from '../features/migration/routes.tsx';
import { providerRoutes } from '../features/providers/routes.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
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
  ]);
}
