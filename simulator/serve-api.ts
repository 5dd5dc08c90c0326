import { handleApi, operationOf } from './api.ts';
import { identify } from './auth.ts';
import type { SimContext } from './context.ts';
import { applyFault } from './fault-response.ts';
import { faultKind, takeFault } from './faults.ts';
import { principalLabel } from './oauth/principal.ts';
import { record } from './request-log.ts';
import { throttledRead } from './throttle.ts';

/** An API request as the tenant sees it: logged, subject to queued faults and to throttling. */
export async function serveApi(ctx: SimContext, request: Request, pathname: string) {
  const operation = operationOf(request.method, pathname);
  const fault =
    takeFault(ctx.faults, request.method, pathname) ??
    throttledRead(ctx.tenant.throttle, request.method);
  const principal = identify(ctx, request);
  const entry = record(ctx.log, {
    at: new Date(ctx.now()).toISOString(),
    method: request.method,
    path: pathname,
    ...(operation ? { operation } : {}),
    status: null,
    ...(fault ? { fault: faultKind(fault) } : {}),
    ...(principal instanceof Response ? {} : { credential: principalLabel(principal) }),
  });
  const injected = fault ? await applyFault(fault, request.signal, operation) : null;
  const response = injected ?? (await handleApi(ctx, request, pathname));
  entry.status = response.status;
  return response;
}
