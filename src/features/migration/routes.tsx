import type { RouteObject } from 'react-router';
import { routePatterns } from '../../config/paths.ts';

/** Routes of the migration wizard and monitor; both load on demand. */
export const migrationRoutes: RouteObject[] = [
  {
    path: routePatterns.migration,
    lazy: async () => {
      const { MonitorPage } = await import('./components/MonitorPage.tsx');
      return { Component: MonitorPage };
    },
  },
  {
    path: routePatterns.newMigration,
    lazy: async () => {
      const { WizardPage } = await import('./wizard/WizardPage.tsx');
      return { Component: WizardPage };
    },
  },
];
