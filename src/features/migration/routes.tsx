import type { RouteObject } from 'react-router';

/** Routes of the migration wizard and monitor. */
export const migrationRoutes: RouteObject[] = [];
