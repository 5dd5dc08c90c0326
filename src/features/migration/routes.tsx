import type { RouteObject } from 'react-router';
import { lazyView } from '../../components/mantine/lazy-view.tsx';
import { routePatterns } from '../../config/paths.ts';

const MonitorPage = lazyView(
  async () => (await import('./components/MonitorPage.tsx')).MonitorPage,
);
const WizardPage = lazyView(async () => (await import('./wizard/WizardPage.tsx')).WizardPage);

/** Routes of the migration wizard and monitor; both load on demand. */
export const migrationRoutes: RouteObject[] = [
  { path: routePatterns.migration, Component: MonitorPage },
  { path: routePatterns.newMigration, Component: WizardPage },
];
