import { Hono } from 'hono';
import { createApiProxy } from '../proxy/api-proxy.ts';
import { proxyApp } from '../proxy/api-proxy-app.ts';
import { simulatorUpstream, tenantUpstream } from '../proxy/upstream.ts';
import type { Simulator, SimulatorOptions } from '../simulator/contract.ts';
import { activityApp } from './activity/activity-app.ts';
import {
  createFileActivityLog,
  createMemoryActivityLog,
  type ActivityLog,
} from './activity/activity-log.ts';
import { recordChanges, SHARED_KEY_ACTOR } from './activity/record-changes.ts';
import { createSignInSupport } from './auth/sign-in-support.ts';
import { controlApp, infoApp, SIMULATED_TENANT_KEY } from './console-routes.ts';
import type { ConsoleMode } from './mode.ts';
import { consoleSecurityHeaders } from './security-headers.ts';

export interface ConsoleAppOptions {
  createSimulator: (options: SimulatorOptions) => Simulator | Promise<Simulator>;
  /** Receives lines already redacted. */
  log: (line: string) => void;
  /** The production-like serve sends the security headers on every response. */
  securityHeaders?: boolean;
  /**
   * Where changes are recorded (JSON Lines, survives restarts). Default `data/activity.jsonl`
   * with a tenant, memory with the simulated tenant.
   */
  activityFile?: string | undefined;
}

export const DEFAULT_ACTIVITY_FILE = 'data/activity.jsonl';

function activityLogFor(mode: ConsoleMode, options: ConsoleAppOptions): ActivityLog {
  const file =
    options.activityFile ?? (mode.kind === 'simulator' ? undefined : DEFAULT_ACTIVITY_FILE);
  return file ? createFileActivityLog(file, options.log) : createMemoryActivityLog();
}

const noGuard = () => Promise.resolve(null);

/**
 * The console's server routes for one mode, as one Hono app: `/api` (the allow-listing proxy to
 * the tenant or to the embedded simulator), `/auth` (sign-in mode), `/__sim` (the simulator's
 * control API, simulator mode only), `/__console/info` and `/__console/activity`. Hosts add what
 * else they serve (Vite's own middleware, static files) on the paths this app leaves unmatched.
 */
export async function createConsoleApp(mode: ConsoleMode, options: ConsoleAppOptions) {
  const { log } = options;
  const activity = activityLogFor(mode, options);
  const app = new Hono();
  if (options.securityHeaders) app.use(consoleSecurityHeaders);
  const { readOnly } = mode;
  if (mode.kind === 'signin') {
    const upstream = tenantUpstream(mode.tenantUrl);
    const support = createSignInSupport(mode, { upstream, log });
    const proxy = recordChanges(support.proxy, { activity, actorOf: support.actorOf, warn: log });
    return app
      .route('/api', proxyApp(proxy, upstream.kind))
      .route('/auth', support.authApp)
      .route('/__sim', controlApp(undefined))
      .route('/__console/activity', activityApp(activity, support.guard))
      .route('/__console/info', infoApp(mode));
  }
  let simulator: Simulator | undefined;
  let apiKey = SIMULATED_TENANT_KEY;
  let upstream;
  if (mode.kind === 'tenant') {
    upstream = tenantUpstream(mode.tenantUrl);
    apiKey = mode.apiKey;
  } else {
    simulator = await options.createSimulator({ migrationDurationMs: mode.migrationDurationMs });
    upstream = simulatorUpstream(simulator);
  }
  const proxy = recordChanges(createApiProxy({ upstream, apiKey, readOnly, log }), {
    activity,
    actorOf: () => Promise.resolve(SHARED_KEY_ACTOR),
    warn: log,
  });
  return app
    .route('/api', proxyApp(proxy, upstream.kind))
    .route('/__sim', controlApp(simulator))
    .route('/__console/activity', activityApp(activity, noGuard))
    .route('/__console/info', infoApp(mode, simulator));
}
