import { Hono } from 'hono';
import { createApiProxy } from '../proxy/api-proxy.ts';
import { proxyApp } from '../proxy/api-proxy-app.ts';
import { proxyErrorResponse } from '../proxy/proxy-errors.ts';
import { sameOriginOnly } from '../proxy/same-origin.ts';
import { simulatorUpstream, tenantUpstream } from '../proxy/upstream.ts';
import type { Simulator, SimulatorOptions } from '../simulator/contract.ts';
import { activityApp } from './activity/activity-app.ts';
import {
  createFileActivityLog,
  createMemoryActivityLog,
  type ActivityLog,
} from './activity/activity-log.ts';
import { recordChanges, SHARED_KEY_ACTOR } from './activity/record-changes.ts';
import type { SessionStore } from './auth/session-store.ts';
import { createSignInSupport } from './auth/sign-in-support.ts';
import {
  controlApp,
  infoApp,
  SIMULATED_TENANT_KEY,
  tenantInfoOf,
  type EmbeddedSimulator,
} from './console-routes.ts';
import { createFleetApp } from './fleet/fleet-app.ts';
import { hostGuard } from './host-guard.ts';
import { knownMethodsOnly } from './known-methods.ts';
import { createRefusalCounter, type RefusalCounter } from './refusals/refusal-counter.ts';
import type { ConsoleMode } from './mode.ts';
import { consoleSecurityHeaders } from './security-headers.ts';
import { tenantRoutes } from './tenant-routes.ts';

export interface ConsoleAppOptions {
  createSimulator: (options: SimulatorOptions) => Simulator | Promise<Simulator>;
  /** Receives lines already redacted. */
  log: (line: string) => void;
  /** The production-like serve sends the security headers on every response. */
  securityHeaders?: boolean;
  /**
   * Where changes are recorded (JSON Lines, survives restarts). Default `data/activity.jsonl`
   * with a tenant, memory with the simulated tenant. A fleet of real tenants keeps one file per
   * tenant beside it (`data/activity-<id>.jsonl`).
   */
  activityFile?: string | undefined;
  /** How a fleet reaches its real tenants (tests stand in for them). Default the global fetch. */
  fetch?: typeof fetch;
  /** Sign-in mode's sessions (the database's, db/start-storage.ts); default one process's memory. */
  sessions?: SessionStore | undefined;
  /** The session secrets in force with those sessions; the sign-in flow key derives from the first. */
  sessionSecrets?: readonly string[] | undefined;
  /**
   * A refusal counter the host already mounted in front of this app (`npm start`: over its static
   * files too, shown in `/healthz`). Without one, the app counts its own refusals.
   */
  refusals?: RefusalCounter;
}

export const DEFAULT_ACTIVITY_FILE = 'data/activity.jsonl';

function activityLogFor(mode: ConsoleMode, options: ConsoleAppOptions): ActivityLog {
  const file =
    options.activityFile ?? (mode.kind === 'simulator' ? undefined : DEFAULT_ACTIVITY_FILE);
  return file ? createFileActivityLog(file, options.log) : createMemoryActivityLog();
}

/** The console's own reads (activity, info, a fleet's overview) answer only the console's pages. */
function consoleReadsSameOriginOnly(app: Hono, mode: ConsoleMode) {
  const upstreamKind = mode.kind === 'simulator' ? 'simulator' : 'tenant';
  const refusal = (request: Request) =>
    proxyErrorResponse(
      'cross-origin',
      `Only pages served by this console may read it, not ${request.headers.get('origin') ?? 'another site'}.`,
      upstreamKind,
    );
  app.use('/__console/*', sameOriginOnly(refusal));
  app.use('/t/:id/__console/*', sameOriginOnly(refusal));
}

/**
 * The console's server routes for one mode, as one Hono app: `/api` (the allow-listing proxy to
 * the tenant or to the embedded simulator), `/auth` (sign-in mode), `/__sim` (the simulator's
 * control API, simulator mode only), `/__console/info` and `/__console/activity`; in fleet mode
 * the same per tenant under `/t/<id>` (fleet/fleet-app.ts). Hosts add what else they serve
 * (Vite's own middleware, static files) on the paths this app leaves unmatched. Every request
 * first passes the host check (host-guard.ts): a foreign `Host` reaches no route.
 */
export async function createConsoleApp(mode: ConsoleMode, options: ConsoleAppOptions) {
  const { log } = options;
  const app = new Hono();
  if (!options.refusals) app.use(createRefusalCounter(log).middleware);
  if (options.securityHeaders) app.use(consoleSecurityHeaders);
  app.use(hostGuard(mode));
  app.use(knownMethodsOnly);
  consoleReadsSameOriginOnly(app, mode);
  if (mode.kind === 'fleet') {
    const activityFile = options.activityFile ?? DEFAULT_ACTIVITY_FILE;
    return app.route('/', await createFleetApp(mode, { ...options, activityFile }));
  }
  const activity = activityLogFor(mode, options);
  const { readOnly } = mode;
  if (mode.kind === 'signin') {
    const upstream = tenantUpstream(mode.tenantUrl);
    const support = await createSignInSupport(mode, {
      upstream,
      log,
      sessions: options.sessions,
      sessionSecrets: options.sessionSecrets,
    });
    const proxy = recordChanges(support.proxy, { activity, actorOf: support.actorOf, warn: log });
    return app
      .route('/api', proxyApp(proxy, upstream.kind))
      .route('/auth', support.authApp)
      .route('/__sim', controlApp(undefined))
      .route('/__console/activity', activityApp(activity, support.guard))
      .route('/__console/info', infoApp(tenantInfoOf(mode)));
  }
  let embedded: EmbeddedSimulator | undefined;
  let apiKey = SIMULATED_TENANT_KEY;
  let upstream;
  if (mode.kind === 'tenant') {
    upstream = tenantUpstream(mode.tenantUrl);
    apiKey = mode.apiKey;
  } else {
    const { migrationDurationMs } = mode;
    const simulator = await options.createSimulator({ migrationDurationMs });
    embedded = { simulator, controlKey: SIMULATED_TENANT_KEY };
    upstream = simulatorUpstream(simulator);
  }
  const routes = tenantRoutes({
    proxy: createApiProxy({ upstream, apiKey, readOnly, log }),
    upstreamKind: upstream.kind,
    activity,
    actor: SHARED_KEY_ACTOR,
    info: tenantInfoOf(mode),
    embedded,
    log,
  });
  return app.route('/', routes);
}
