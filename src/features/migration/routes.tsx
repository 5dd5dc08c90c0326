import type { RouteObject } from 'react-router';

/** Routes of the migration wizard and monitor; both load on demand. */
export const migrationRoutes: RouteObject[] = [
  {
    path: 'migration',
    lazy: async () => {
      const { MonitorPage } = await import('./components/MonitorPage.tsx');
      return { Component: MonitorPage };
    },
  },
  {
    path: 'migration/new',
    lazy: async () => {
      const { WizardPage } = await import('./wizard/WizardPage.tsx');
      return { Component: WizardPage };
    },
  },
];
