import { CONTROL_PREFIX, type Simulator, type SimulatorOptions } from './contract.ts';
import { createContext, snapshotOf } from './context.ts';
import { handleControl } from './control.ts';
import { routeNotFound } from './errors.ts';
import { handleOAuth, isOAuthPath } from './oauth/routes.ts';
import { serveApi } from './serve-api.ts';
import { API_PREFIX } from './wire.ts';

export * from './contract.ts';
export { KMS_MARKERS } from './kms.ts';
export { MALFORMED_BODY } from './fault-response.ts';
export type { LogEntry } from './request-log.ts';
export type { Fault, FaultKind } from './faults.ts';
export { DEFAULT_OAUTH_CLIENTS, SIM_USERS } from './oauth/directory.ts';
export { MAX_FINGERPRINT_LENGTH, NEVER, QLIK_MANAGED_ARN } from './wire.ts';

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const ctx = createContext(options);
  const route = (request: Request, pathname: string): Promise<Response> => {
    if (pathname.startsWith(CONTROL_PREFIX)) return handleControl(ctx, request, pathname);
    if (pathname.startsWith(API_PREFIX)) return serveApi(ctx, request, pathname);
    if (isOAuthPath(pathname)) return handleOAuth(ctx, request);
    return Promise.resolve(routeNotFound(request.method, pathname));
  };
  return {
    async handle(request: Request): Promise<Response> {
      try {
        return await route(request, new URL(request.url).pathname);
      } finally {
        options.store?.save(snapshotOf(ctx));
      }
    },
  };
}
