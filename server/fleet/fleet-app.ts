import { Hono } from 'hono';
import { createRedactor } from '../../proxy/redact.ts';
import { standardErrorResponse } from '../common/standard-error.ts';
import type { ConsoleAppOptions } from '../console-app.ts';
import { controlApp } from '../console-routes.ts';
import type { ConsoleMode } from '../mode.ts';
import { fleetMembers, type FleetMember } from './fleet-members.ts';
import { createFleetStats, fleetStatsApp } from './fleet-stats.ts';
import { withPath } from './with-path.ts';
import { pathOf } from '../../src/api/operations.gen.ts';

type FleetMode = Extract<ConsoleMode, { kind: 'fleet' }>;

/** `/t/<id>` and the rest of the path. */
const TENANT_PATH = /^\/t\/([^/]+)(\/.*)?$/;
/** Under `/t/<id>`, what the server answers; anything else is a console page (the host's). */
const TENANT_SERVER_PATH = /^\/(api|__console|__sim)(\/|$)/;
const LONGEST_ECHOED_ID = 80;

const chooseTenant = (what: string) =>
  standardErrorResponse(404, {
    code: 'CMK-PROXY-NOT-ALLOWED',
    title: 'Choose a tenant',
    detail: `This console serves a fleet of tenants: ${what} is under /t/<tenant id>/, e.g. /t/<id>/api/v1/encryption/keyproviders. GET /__console/info lists the tenants.`,
  });

const notFound = (path: string) =>
  standardErrorResponse(404, {
    code: 'CMK-NOT-FOUND',
    title: 'Not found',
    detail: `Nothing is served at ${path.slice(0, LONGEST_ECHOED_ID)} of this tenant.`,
  });

const unknownTenant = (id: string) =>
  standardErrorResponse(404, {
    code: 'CMK-UNKNOWN-TENANT',
    title: 'No such tenant',
    detail: `No tenant "${id.slice(0, LONGEST_ECHOED_ID)}" in this fleet. GET /__console/info lists the tenants.`,
  });

/** The fleet page's look at one tenant in one request (see `overview`). */
const OVERVIEW_PATH = '/__console/overview';
/** What the browser needs of each answer to read it as it reads the API's own. */
const PASSED_HEADERS = ['content-type', 'retry-after', 'x-cmk-proxy-error'];

interface OverviewPart {
  status: number;
  headers: Record<string, string>;
  body: string;
}

async function partOf(response: Response | Promise<Response>): Promise<OverviewPart> {
  const answer = await response;
  const headers: Record<string, string> = {};
  for (const name of PASSED_HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return { status: answer.status, headers, body: await answer.text() };
}

/**
 * `GET /t/<id>/__console/overview`: the tenant's provider list and migration details, asked side by
 * side through that tenant's own proxy (same allow-list, credentials and request count as two
 * calls), answered as one: the fleet page makes one request per tenant instead of two. Each part
 * keeps its status, body and the headers the browser reads errors by.
 */
async function overview(ask: (path: string) => Response | Promise<Response>) {
  const [list, details] = await Promise.all([
    partOf(ask(pathOf('listKeyProviders'))),
    partOf(ask(pathOf('getMigrationDetails'))),
  ]);
  return Response.json({ list, details }, { headers: { 'cache-control': 'no-store' } });
}

type FleetOptions = Pick<ConsoleAppOptions, 'createSimulator' | 'log' | 'fetch'> & {
  activityFile: string;
};

/**
 * Fleet mode: `/__console/info` lists the tenants; each tenant's console routes (proxy with its
 * own credentials, activity, info, simulator control) live under `/t/<id>`, answered by that
 * tenant's own app with the prefix taken off; `/api` at the top refuses, asking for a tenant.
 */
export async function createFleetApp(mode: FleetMode, options: FleetOptions): Promise<Hono> {
  const stats = createFleetStats();
  // Access tokens change at run time: the start-up redactor cannot know them.
  const liveTokens = new Map<string, string>();
  const log = (line: string) => {
    options.log(createRedactor([...liveTokens.values()])(line));
  };
  const members = await fleetMembers(mode.fleet, {
    readOnly: mode.readOnly,
    stats,
    log,
    tokenIssued: (id, token) => liveTokens.set(id, token),
    createSimulator: options.createSimulator,
    activityFile: options.activityFile,
    fetch: options.fetch,
  });
  const byId = new Map<string, FleetMember>(members.map((member) => [member.id, member]));
  for (const { routes } of members) routes.notFound((c) => notFound(c.req.path));
  const tenants = members.map(({ id, name, url }) => ({ id, name, url }));
  const info = {
    mode: 'fleet',
    auth: 'none',
    tenantUrl: null,
    readOnly: mode.readOnly,
    tenantRegion: null,
    tenants,
  };

  const app = new Hono();
  app.all('/__console/info', (c) => c.json(info, 200, { 'cache-control': 'no-store' }));
  app.all('/__console/activity', () => chooseTenant('the activity log of each tenant'));
  app.all('/api/*', () => chooseTenant('the encryption API of each tenant'));
  app.route('/__sim/fleet/stats', fleetStatsApp(stats));
  app.route('/__sim', controlApp(undefined));
  app.use('/t/*', async (c, next) => {
    const match = TENANT_PATH.exec(c.req.path);
    if (!match) return next();
    const [, id = '', rest = '/'] = match;
    const member = byId.get(id);
    // A page of an unknown tenant is still the console's page: it says which tenant is missing.
    if (!TENANT_SERVER_PATH.test(rest)) return next();
    if (!member) return unknownTenant(id);
    if (rest === OVERVIEW_PATH && c.req.method === 'GET') {
      return overview((path) => member.routes.fetch(withPath(c.req.raw, path), c.env));
    }
    return member.routes.fetch(withPath(c.req.raw, rest), c.env);
  });
  return app;
}
