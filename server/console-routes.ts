import { Hono } from 'hono';
import { sameOriginOnly } from '../proxy/same-origin.ts';
import type { Simulator } from '../simulator/contract.ts';
import { standardErrorResponse } from './common/standard-error.ts';
import type { ConsoleMode } from './mode.ts';

/** The embedded simulator accepts any bearer; the proxy needs one to add. */
export const SIMULATED_TENANT_KEY = 'simulated-tenant';

const crossOriginRefusal = () =>
  standardErrorResponse(403, {
    code: 'CMK-PROXY-CROSS-ORIGIN',
    title: 'Cross-origin request refused',
    detail: 'Only pages served by this console may call the simulator control API.',
  });

/** `/__sim/*`: the embedded simulator's control API, or a 404 saying there is none. */
export function controlApp(simulator: Simulator | undefined): Hono {
  const app = new Hono();
  if (!simulator) {
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
    c.req.raw.headers.set('authorization', `Bearer ${SIMULATED_TENANT_KEY}`);
    return simulator.handle(c.req.raw);
  });
  return app;
}

/** The embedded simulator's region, asked on every call: its scenario can change at run time. */
async function simulatedRegion(simulator: Simulator): Promise<string | null> {
  const request = new Request('http://simulator.local/__sim/state', {
    headers: { authorization: `Bearer ${SIMULATED_TENANT_KEY}` },
  });
  try {
    const response = await simulator.handle(request);
    const state = (await response.json()) as { tenantRegion?: unknown };
    return typeof state.tenantRegion === 'string' ? state.tenantRegion : null;
  } catch {
    return null;
  }
}

/** `/__console/info`: what the browser may know about the console's mode, never the key. */
export function infoApp(mode: ConsoleMode, simulator?: Simulator): Hono {
  const tenantUrl = mode.kind === 'simulator' ? null : mode.tenantUrl;
  const configuredRegion = mode.kind === 'simulator' ? null : (mode.tenantRegion ?? null);
  // Sign-in mode is a tenant mode to the browser, with people signing in.
  const kind = mode.kind === 'simulator' ? 'simulator' : 'tenant';
  const auth = mode.kind === 'signin' ? 'signin' : 'none';
  const app = new Hono();
  app.all('/', async () => {
    const tenantRegion = simulator ? await simulatedRegion(simulator) : configuredRegion;
    const body = { mode: kind, auth, tenantUrl, readOnly: mode.readOnly, tenantRegion };
    return Response.json(body, { headers: { 'cache-control': 'no-store' } });
  });
  return app;
}
