import { lazy } from 'react';

/** The fleet overview loads only in a console that serves several tenants. */
export const FleetPage = lazy(async () => {
  const { FleetPage } = await import('./components/FleetPage.tsx');
  return { default: FleetPage };
});
