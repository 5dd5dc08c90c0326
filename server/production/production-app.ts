import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { standardErrorResponse } from '../common/standard-error.ts';
import { createConsoleApp, type ConsoleAppOptions } from '../console-app.ts';
import { hostGuard } from '../host-guard.ts';
import { knownMethodsOnly } from '../known-methods.ts';
import type { ConsoleMode } from '../mode.ts';
import { createRefusalCounter } from '../refusals/refusal-counter.ts';
import { consoleSecurityHeaders } from '../security-headers.ts';
import { requestContext } from '../logging/request-context.ts';
import { healthApp } from './health.ts';
import { strictTransportSecurity } from './https.ts';
import { requestLog } from './request-log.ts';
import type { ServerSettings } from './settings.ts';
import { staticAssets } from './static-assets.ts';
import { tenantReachability } from './tenant-reachability.ts';

export interface ProductionAppOptions extends Pick<
  ConsoleAppOptions,
  'createSimulator' | 'activityFile' | 'fetch' | 'sessions' | 'sessionSecrets'
> {
  /** Receives lines already redacted. */
  log: (line: string) => void;
  isTenantReachable?: () => Promise<boolean>;
}

/**
 * `npm start`: the console's routes (the same `createConsoleApp` as `npm run dev`) plus what only a
 * deployed server needs: the request id and request log, the refusal count, security headers and
 * HSTS on every answer, `/healthz` (for any host name), the host check before the built files,
 * compressed API answers.
 */
export async function createProductionApp(
  mode: ConsoleMode,
  settings: ServerSettings,
  options: ProductionAppOptions,
): Promise<Hono> {
  const { log } = options;
  const refusals = createRefusalCounter(log);
  const consoleApp = await createConsoleApp(mode, {
    createSimulator: options.createSimulator,
    log,
    activityFile: options.activityFile,
    fetch: options.fetch,
    sessions: options.sessions,
    sessionSecrets: options.sessionSecrets,
    refusals,
  });
  const isTenantReachable =
    options.isTenantReachable ??
    (mode.kind !== 'simulator' && mode.kind !== 'fleet'
      ? tenantReachability(mode.tenantUrl, { log })
      : () => Promise.resolve(true));
  const app = new Hono();
  app.use(requestContext());
  app.use(requestLog(log));
  app.use(refusals.middleware);
  app.use(consoleSecurityHeaders);
  app.use(strictTransportSecurity(settings.trustProxy));
  // Static files are compressed at build time (.br/.gz); API answers are streamed JSON.
  app.use('/api/*', compress());
  app.use('/t/:id/api/*', compress());
  // A load balancer probes by IP address; the health answer holds nothing of the tenant's.
  app.route('/healthz', healthApp(mode, isTenantReachable, refusals.totals));
  // The console app checks host and method itself; the static files below are served outside it.
  app.use(hostGuard(mode));
  app.use(knownMethodsOnly);
  app.route('/', consoleApp);
  app.route('/', staticAssets(settings.clientDir));
  app.onError((error) => {
    log(`Request failed: ${error.message}`);
    const detail = 'The console server failed to answer; its log says why.';
    return standardErrorResponse(500, {
      code: 'CMK-INTERNAL-ERROR',
      title: 'Internal error',
      detail,
    });
  });
  return app;
}
