import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { routePatterns } from '../../config/paths.ts';

const MonitorPage = lazy(async () => ({
  default: (await import('./components/MonitorPage.tsx')).MonitorPage,
}));
const WizardPage = lazy(async () => ({
  default: (await import('./wizard/WizardPage.tsx')).WizardPage,
}));

/** Routes of the migration wizard and monitor; both load on demand. */
export const migrationRoutes: RouteObject[] = [
  { path: routePatterns.migration, Component: MonitorPage },
  { path: routePatterns.newMigration, Component: WizardPage },
];
