import { setTimeout as sleep } from 'node:timers/promises';
import type { Hono } from 'hono';
import { createApiProxy } from '../../proxy/api-proxy.ts';
import { simulatorUpstream, tenantUpstream, type Upstream } from '../../proxy/upstream.ts';
import { createFileActivityLog, createMemoryActivityLog } from '../activity/activity-log.ts';
import { SHARED_KEY_ACTOR, type Actor } from '../activity/record-changes.ts';
import { createQlikOAuth } from '../auth/qlik-oauth.ts';
import { SIMULATED_TENANT_KEY, type EmbeddedSimulator } from '../console-routes.ts';
import type { ConsoleAppOptions } from '../console-app.ts';
import { resolveTenantRegion } from '../mode.ts';
import { tenantRoutes } from '../tenant-routes.ts';
import { createClientCredentialsProxy } from './client-credentials-proxy.ts';
import type { FleetSource } from './fleet-mode.ts';
import type { FleetStats } from './fleet-stats.ts';
import type { SimulatedTenant } from './simulated-fleet.ts';
import type { FleetTenant } from './tenants-file.ts';
import { createTokenCache } from './token-cache.ts';

/** One tenant of the fleet: what the fleet page lists, and its routes (served under `/t/<id>`). */
export interface FleetMember {
  id: string;
  name: string;
  /** Null for a simulated tenant. */
  url: string | null;
  routes: Hono;
}

export interface FleetContext {
  readOnly: boolean;
  stats: FleetStats;
  log: (line: string) => void;
  /** Called with each access token a tenant's client gets, so that no log line shows it. */
  tokenIssued: (tenantId: string, token: string) => void;
  createSimulator: ConsoleAppOptions['createSimulator'];
  /** The activity file a single tenant would use; each real tenant gets its own beside it. */
  activityFile: string;
  fetch?: typeof globalThis.fetch | undefined;
}

/** What a machine-to-machine client asks for: the encryption API is a tenant-admin API. */
export const M2M_SCOPES = ['admin_classic'];
export const TOKEN_TIMEOUT_MS = 10_000;
export const SHARED_CLIENT_ACTOR: Actor = { id: null, name: 'Shared OAuth client' };

/** `data/activity.jsonl` → `data/activity-acme.jsonl`. */
export function activityFileOf(file: string, tenantId: string): string {
  const dot = file.lastIndexOf('.');
  const slash = file.lastIndexOf('/');
  return dot > slash + 1
    ? `${file.slice(0, dot)}-${tenantId}${file.slice(dot)}`
    : `${file}-${tenantId}`;
}

function tokenSource(
  tenant: FleetTenant,
  clientId: string,
  clientSecret: string,
  ctx: FleetContext,
) {
  const fetch = ctx.stats.fetch(() => ctx.fetch ?? globalThis.fetch);
  const oauth = createQlikOAuth({
    tenantUrl: tenant.url,
    clientId,
    clientSecret,
    scopes: M2M_SCOPES,
    fetch: (input, init) => {
      const timeout = AbortSignal.timeout(TOKEN_TIMEOUT_MS);
      const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      return fetch(input, { ...init, signal });
    },
  });
  return createTokenCache(async () => {
    const tokens = await oauth.clientCredentials();
    ctx.tokenIssued(tenant.id, tokens.accessToken);
    return tokens;
  });
}

function realMember(tenant: FleetTenant, ctx: FleetContext): FleetMember {
  const { readOnly, log } = ctx;
  const upstream = ctx.stats.upstream(tenantUpstream(tenant.url, ctx.fetch));
  const { credentials } = tenant;
  const proxy =
    credentials.kind === 'api-key'
      ? createApiProxy({ upstream, apiKey: credentials.apiKey, readOnly, log })
      : createClientCredentialsProxy({
          upstream,
          readOnly,
          log,
          tokens: tokenSource(tenant, credentials.clientId, credentials.clientSecret, ctx),
          envNames: `${credentials.clientIdEnv} and ${credentials.clientSecretEnv}`,
        });
  const routes = tenantRoutes({
    proxy,
    upstreamKind: upstream.kind,
    activity: createFileActivityLog(activityFileOf(ctx.activityFile, tenant.id), log),
    actor: credentials.kind === 'api-key' ? SHARED_KEY_ACTOR : SHARED_CLIENT_ACTOR,
    info: {
      kind: 'tenant',
      auth: 'none',
      tenantUrl: tenant.url,
      readOnly,
      tenantRegion: resolveTenantRegion(tenant.url, undefined),
    },
    infoExtra: { tenant: { id: tenant.id, name: tenant.name }, fleet: true },
    log,
  });
  return { id: tenant.id, name: tenant.name, url: tenant.url, routes };
}

/** A tenant that cannot be reached: every call fails as a refused connection does. */
function unreachableUpstream(id: string): Upstream {
  const refused = Object.assign(new Error(`connect ECONNREFUSED ${id}.simulated-tenant.invalid`), {
    code: 'ECONNREFUSED',
  });
  return {
    kind: 'simulator',
    origin: `http://${id}.simulated-tenant.invalid`,
    send: () => Promise.reject(new TypeError('fetch failed', { cause: refused })),
  };
}

function delayed(upstream: Upstream, latencyMs: number): Upstream {
  if (latencyMs === 0) return upstream;
  return {
    ...upstream,
    send: async (request) => {
      await sleep(latencyMs, undefined, { signal: request.signal });
      return upstream.send(request);
    },
  };
}

/** The key a "refused" simulated tenant accepts: never the one the console sends. */
const revokedKey = (id: string) => `revoked-key-of-${id}`;

async function simulatedMember(
  tenant: SimulatedTenant,
  source: Extract<FleetSource, { kind: 'simulated' }>,
  ctx: FleetContext,
): Promise<FleetMember> {
  const { readOnly, log } = ctx;
  const { behaviour } = tenant;
  let embedded: EmbeddedSimulator | undefined;
  let upstream: Upstream;
  if (behaviour === 'unreachable') {
    upstream = unreachableUpstream(tenant.id);
  } else {
    const refused = behaviour === 'refused';
    const simulator = await ctx.createSimulator({
      scenario: refused ? 'default' : behaviour,
      migrationDurationMs: source.migrationDurationMs,
      ...(refused ? { apiKey: revokedKey(tenant.id) } : {}),
    });
    embedded = { simulator, controlKey: refused ? revokedKey(tenant.id) : SIMULATED_TENANT_KEY };
    upstream = simulatorUpstream(simulator);
  }
  upstream = ctx.stats.upstream(delayed(upstream, source.latencyMs));
  const routes = tenantRoutes({
    proxy: createApiProxy({ upstream, apiKey: SIMULATED_TENANT_KEY, readOnly, log }),
    upstreamKind: upstream.kind,
    activity: createMemoryActivityLog(),
    actor: SHARED_KEY_ACTOR,
    info: { kind: 'simulator', auth: 'none', tenantUrl: null, readOnly, tenantRegion: null },
    infoExtra: { tenant: { id: tenant.id, name: tenant.name }, fleet: true },
    embedded,
    log,
  });
  return { id: tenant.id, name: tenant.name, url: null, routes };
}

/** The fleet's tenants, in the order of the file (or of the simulated rotation). */
export function fleetMembers(source: FleetSource, ctx: FleetContext): Promise<FleetMember[]> {
  if (source.kind === 'file') {
    return Promise.resolve(source.tenants.map((tenant) => realMember(tenant, ctx)));
  }
  return Promise.all(source.tenants.map((tenant) => simulatedMember(tenant, source, ctx)));
}
