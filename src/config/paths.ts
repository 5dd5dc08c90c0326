import { scopePrefix } from './tenant-scope.ts';

/** The router's patterns (relative to the layout route) and the links that lead to them. */
export const routePatterns = {
  newProvider: 'providers/new',
  // `dialog` is `edit` or `delete`: each dialog has its own address.
  provider: 'providers/:fingerprint/:dialog?',
  migration: 'migration',
  newMigration: 'migration/new',
  activity: 'activity',
  /** Outside the layout: the tab that "Sign in again" opened lands here after signing in. */
  signedInAgain: 'auth/done',
  history: 'history',
} as const;

export type ProviderDialog = 'edit' | 'delete';

export const paths = {
  providers: '/',
  newProvider: `/${routePatterns.newProvider}`,
  provider: (fingerprint: string, dialog?: ProviderDialog) =>
    `/providers/${encodeURIComponent(fingerprint)}${dialog ? `/${dialog}` : ''}`,
  migration: `/${routePatterns.migration}`,
  history: `/${routePatterns.history}`,
  /** The wizard, optionally with its target chosen (a fingerprint or `qlik-default`). */
  newMigration: (target?: string) =>
    `/${routePatterns.newMigration}${target ? `?target=${encodeURIComponent(target)}` : ''}`,
  activity: `/${routePatterns.activity}`,
  signedInAgain: `/${routePatterns.signedInAgain}`,
};

/**
 * What every route sits below: the sub-path the build is served under (`vite build --base`) and,
 * in a tenant of a fleet, `/t/<id>`.
 */
export const routerBasename = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${scopePrefix}` || '/';
