import { Hono } from 'hono';
import { sameOriginOnly } from '../proxy/same-origin.ts';
import type { Simulator } from '../simulator/contract.ts';
import { standardErrorResponse } from './common/standard-error.ts';
import type { ConsoleMode } from './mode.ts';

/** The embedded simulator accepts any bearer; the proxy needs one to add. */
export const SIMULATED_TENANT_KEY = 'simulated-tenant';

/** An embedded simulator and the bearer its control API takes (a fleet's "refused" tenant has its own). */
export interface EmbeddedSimulator {
  simulator: Simulator;
  controlKey: string;
}

const crossOriginRefusal = () =>
  standardErrorResponse(403, {
    code: 'CMK-PROXY-CROSS-ORIGIN',
    title: 'Cross-origin request refused',
    detail: 'Only pages served by this console may call the simulator control API.',
  });

/** `/__sim/*`: the embedded simulator's control API, or a 404 saying there is none. */
export function controlApp(embedded: EmbeddedSimulator | undefined): Hono {
  const app = new Hono();
  if (!embedded) {
    app.all('*', () =>
      standardErrorResponse(404, {
        code: 'CMK-PROXY-NOT-ALLOWED',
        title: 'No simulator here',
        detail: 'The simulator control API exists only when the console uses the simulated tenant.',
      }),
    );
    return app;
  }
  app.use(sameOriginOnly(crossOriginRefusal));
  app.all('*', (c) => {
    c.req.raw.headers.set('authorization', `Bearer ${embedded.controlKey}`);
    return embedded.simulator.handle(c.req.raw);
  });
  return app;
}

/** The embedded simulator's region, asked on every call: its scenario can change at run time. */
async function simulatedRegion({ simulator, controlKey }: EmbeddedSimulator) {
  const request = new Request('http://simulator.local/__sim/state', {
    headers: { authorization: `Bearer ${controlKey}` },
  });
  try {
    const response = await simulator.handle(request);
    const state = (await response.json()) as { tenantRegion?: unknown };
    return typeof state.tenantRegion === 'string' ? state.tenantRegion : null;
  } catch {
    return null;
  }
}

/** One tenant as the browser may know it (never a credential). */
export interface TenantInfo {
  kind: 'tenant' | 'simulator';
  auth: 'none' | 'signin';
  tenantUrl: string | null;
  readOnly: boolean;
  /** The configured region; a simulated tenant's comes from its simulator. */
  tenantRegion: string | null;
}

export function tenantInfoOf(mode: Exclude<ConsoleMode, { kind: 'fleet' }>): TenantInfo {
  if (mode.kind === 'simulator') {
    return {
      kind: 'simulator',
      auth: 'none',
      tenantUrl: null,
      readOnly: mode.readOnly,
      tenantRegion: null,
    };
  }
  return {
    // Sign-in mode is a tenant mode to the browser, with people signing in.
    kind: 'tenant',
    auth: mode.kind === 'signin' ? 'signin' : 'none',
    tenantUrl: mode.tenantUrl,
    readOnly: mode.readOnly,
    tenantRegion: mode.tenantRegion ?? null,
  };
}

/** `/__console/info`: what the browser may know about the console's mode, never the key. */
export function infoApp(
  info: TenantInfo,
  embedded?: EmbeddedSimulator,
  extra: Record<string, unknown> = {},
): Hono {
  const app = new Hono();
  app.all('/', async () => {
    const tenantRegion = embedded ? await simulatedRegion(embedded) : info.tenantRegion;
    const { kind, auth, tenantUrl, readOnly } = info;
    const body = { mode: kind, auth, tenantUrl, readOnly, tenantRegion, ...extra };
    return Response.json(body, { headers: { 'cache-control': 'no-store' } });
  });
  return app;
}
