import { DroppedConnection, type Simulator } from '../../simulator/contract.ts';
import type { ConsoleInfo } from '../api/console-info.ts';
import type { Transport } from '../api/transport.ts';
import { createInPageActivity } from './in-page-activity.ts';

/** The console server's own answer, which the demo has to give itself: a simulated, writable tenant. */
async function consoleInfo(simulator: Simulator): Promise<Response> {
  const state = await simulator.handle(
    withBearer(new Request(new URL('/__sim/state', globalThis.location.origin))),
  );
  const { tenantRegion } = (await state.json()) as { tenantRegion: string };
  const info: ConsoleInfo = {
    mode: 'simulator',
    auth: 'none',
    tenantUrl: null,
    readOnly: false,
    tenantRegion,
    tenants: [],
    tenant: null,
  };
  return Response.json(info);
}

/**
 * Every request the console makes, answered by the simulator inside the page: nothing leaves it,
 * no service worker, so it works on first load and under any sub-path.
 */
export function inPageTenant(simulator: Simulator): Transport {
  const activity = createInPageActivity(async (fingerprint) => {
    const state = await simulator.handle(
      withBearer(new Request(new URL('/__sim/state', globalThis.location.origin))),
    );
    const { providers } = (await state.json()) as {
      providers: { arnFingerPrint?: string; name?: string }[];
    };
    return providers.find((provider) => provider.arnFingerPrint === fingerprint)?.name ?? null;
  });
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const { pathname } = url;
    if (pathname === '/__console/info') return consoleInfo(simulator);
    if (pathname === '/__console/activity') return activity.list(url);
    try {
      return await activity.record(withBearer(request), (sent) => simulator.handle(sent));
    } catch (error) {
      // What fetch does when the connection drops: the client turns it into a network error.
      if (error instanceof DroppedConnection) throw new TypeError('Failed to fetch');
      throw error;
    }
  };
}

/** No proxy adds the tenant's API key in the page; the simulator only wants some bearer. */
function withBearer(request: Request): Request {
  if (request.headers.has('authorization')) return request;
  const headers = new Headers(request.headers);
  headers.set('authorization', 'Bearer demo');
  return new Request(request, { headers });
}
