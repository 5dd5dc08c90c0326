import { http, HttpResponse, type HttpHandler } from 'msw';
import { CONTROL_PREFIX, DroppedConnection, type Simulator } from './contract.ts';
import { API_PREFIX } from './wire.ts';

export interface SimulatorHandlerOptions {
  /** Only intercept this origin (e.g. `https://tenant.us.qlikcloud.com`); every origin by default. */
  origin?: string;
}

/** MSW 2 handlers that answer the encryption API and the control API from the simulator. */
export function simulatorHandlers(
  sim: Simulator,
  { origin }: SimulatorHandlerOptions = {},
): HttpHandler[] {
  const base = origin ? origin.replace(/\/$/, '') : '*';
  const answer = async ({ request }: { request: Request }) => {
    try {
      return await sim.handle(withBearer(request));
    } catch (error) {
      if (error instanceof DroppedConnection) return HttpResponse.error();
      throw error;
    }
  };
  return [http.all(`${base}${API_PREFIX}*`, answer), http.all(`${base}${CONTROL_PREFIX}*`, answer)];
}

/** In the browser no proxy adds the API key, so any token will do for the simulator. */
function withBearer(request: Request): Request {
  if (request.headers.has('authorization')) return request;
  const headers = new Headers(request.headers);
  headers.set('authorization', 'Bearer msw');
  return new Request(request, { headers });
}
