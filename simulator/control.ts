import { authenticate } from './auth.ts';
import { resetContext, type SimContext } from './context.ts';
import { methodNotAllowed, routeNotFound, standardError } from './errors.ts';
import { withoutTrailingSlash, type Handler } from './handler.ts';
import { parseFault } from './faults.ts';
import { isPlainObject, json, noBody, readJsonBody } from './http.ts';
import { settle, toDetails } from './migration.ts';
import {
  applyOAuthSettings,
  expireAccessTokens,
  oauthSummary,
  revokeAllTokens,
} from './oauth/control.ts';
import { copy } from './providers-read.ts';
import { isScenarioName, SCENARIO_NAMES } from './scenarios.ts';

type ControlRoutes = Record<string, Partial<Record<string, Handler<SimContext>>>>;

const CONTROL_ROUTES: ControlRoutes = {
  '/__sim/state': { GET: (ctx) => json(200, summary(ctx)) },
  '/__sim/scenario': { POST: loadScenario },
  '/__sim/migration-speed': { POST: setMigrationSpeed },
  '/__sim/faults': {
    GET: (ctx) => json(200, ctx.faults),
    POST: queueFault,
    DELETE: clearFaults,
  },
  '/__sim/requests': { GET: (ctx) => json(200, ctx.log), DELETE: clearRequests },
  '/__sim/oauth': { GET: (ctx) => json(200, oauthSummary(ctx)), POST: setOAuth },
  '/__sim/oauth/expire-access-tokens': { POST: expireAccessTokens },
  '/__sim/oauth/revoke-all': { POST: revokeAllTokens },
};

const NO_PARAMS = { arnFingerPrint: '' };

export async function handleControl(ctx: SimContext, request: Request, pathname: string) {
  const denied = authenticate(ctx, request);
  if (denied) return denied;
  const path = withoutTrailingSlash(pathname);
  const methods = CONTROL_ROUTES[path];
  if (!methods) return routeNotFound(request.method, path);
  const handle = methods[request.method.toUpperCase()];
  if (!handle) return methodNotAllowed(request.method, path, Object.keys(methods));
  return handle(ctx, request, NO_PARAMS);
}

/** What the simulated tenant looks like right now. */
export function summary(ctx: SimContext) {
  const { tenant } = ctx;
  settle(tenant.migration, tenant.providers, ctx.now());
  return {
    scenario: ctx.scenario,
    tenantId: tenant.tenantId,
    tenantRegion: tenant.tenantRegion,
    drRegion: tenant.drRegion,
    migrationDurationMs: ctx.migrationDurationMs,
    providers: tenant.providers.map(copy),
    migration: tenant.migration ? toDetails(tenant.migration, ctx.now()) : null,
  };
}

/** Without a name, reloads the scenario in use; `migrationDurationMs` keeps a chosen speed. */
async function loadScenario(ctx: SimContext, request: Request) {
  const body = (await request.clone().text()).trim() === '' ? {} : await readObject(request);
  if (typeof body === 'string') return badRequest(body);
  const name = body.name ?? ctx.scenario;
  if (!isScenarioName(name)) {
    return badRequest(`"name" must be one of ${SCENARIO_NAMES.join(', ')}`);
  }
  const { migrationDurationMs } = body;
  if (migrationDurationMs !== undefined && !isDuration(migrationDurationMs)) {
    return badRequest('"migrationDurationMs" must be a number ≥ 1');
  }
  resetContext(ctx, name, migrationDurationMs);
  return json(200, summary(ctx));
}

async function setMigrationSpeed(ctx: SimContext, request: Request) {
  const body = await readObject(request);
  if (typeof body === 'string') return badRequest(body);
  const { durationMs } = body;
  if (!isDuration(durationMs)) {
    return badRequest('"durationMs" must be a number ≥ 1');
  }
  ctx.migrationDurationMs = durationMs;
  return json(200, summary(ctx));
}

async function setOAuth(ctx: SimContext, request: Request) {
  const body = await readObject(request);
  if (typeof body === 'string') return badRequest(body);
  const problem = applyOAuthSettings(ctx, body);
  return problem ? badRequest(problem) : json(200, oauthSummary(ctx));
}

async function queueFault(ctx: SimContext, request: Request) {
  const body = await readObject(request);
  if (typeof body === 'string') return badRequest(body);
  const fault = parseFault(body);
  if (typeof fault === 'string') return badRequest(fault);
  ctx.faults.push(fault);
  return json(201, fault);
}

function clearFaults(ctx: SimContext) {
  ctx.faults = [];
  return noBody(204);
}

function clearRequests(ctx: SimContext) {
  ctx.log = [];
  return noBody(204);
}

async function readObject(request: Request): Promise<Record<string, unknown> | string> {
  const parsed = await readJsonBody(request);
  if (!parsed.ok) return parsed.problem;
  return isPlainObject(parsed.value) ? parsed.value : 'The body must be a JSON object';
}

function isDuration(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1;
}

function badRequest(detail: string): Response {
  return json(400, standardError(400, 'Bad Request', detail, undefined, 'Simulator-400'));
}
