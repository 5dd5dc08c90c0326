import { Hono } from 'hono';
import type { ApiProxy } from '../proxy/api-proxy.ts';
import { proxyApp } from '../proxy/api-proxy-app.ts';
import type { Upstream } from '../proxy/upstream.ts';
import { activityApp } from './activity/activity-app.ts';
import type { ActivityLog } from './activity/activity-log.ts';
import { recordChanges, type Actor } from './activity/record-changes.ts';
import { controlApp, infoApp, type EmbeddedSimulator, type TenantInfo } from './console-routes.ts';

export interface TenantRoutesParts {
  proxy: ApiProxy;
  upstreamKind: Upstream['kind'];
  activity: ActivityLog;
  actor: Actor;
  info: TenantInfo;
  /** Extra fields of `/__console/info` (a fleet's tenant names itself). */
  infoExtra?: Record<string, unknown>;
  embedded?: EmbeddedSimulator | undefined;
  log: (line: string) => void;
}

const noGuard = () => Promise.resolve(null);

/**
 * The routes of one tenant acting with one shared credential: `/api` (the proxy, every change
 * recorded), `/__sim` (its simulator's control API, or 404), `/__console/activity` and
 * `/__console/info`. The single-tenant console serves them at the root, a fleet under `/t/<id>`.
 */
export function tenantRoutes(parts: TenantRoutesParts): Hono {
  const { activity, actor, log } = parts;
  const proxy = recordChanges(parts.proxy, {
    activity,
    actorOf: () => Promise.resolve(actor),
    warn: log,
  });
  const app = new Hono();
  app.route('/api', proxyApp(proxy, parts.upstreamKind));
  app.route('/__sim', controlApp(parts.embedded));
  app.route('/__console/activity', activityApp(activity, noGuard));
  app.route('/__console/info', infoApp(parts.info, parts.embedded, parts.infoExtra));
  return app;
}
