import { isQlikDefault, type SimContext } from './context.ts';
import { apiError } from './errors.ts';
import { noBody } from './http.ts';
import { providerFromPath } from './lookup.ts';
import { isRunning } from './migration.ts';
import type { RouteParams } from './handler.ts';

export function deleteKeyProvider(ctx: SimContext, _request: Request, params: RouteParams) {
  const provider = providerFromPath(ctx, params.arnFingerPrint, 'deleteKeyProvider');
  if (provider instanceof Response) return provider;
  const fingerprint = params.arnFingerPrint;
  if (isQlikDefault(ctx, fingerprint)) {
    return apiError('deleteKeyProvider', 400, 'The Qlik managed key provider cannot be deleted');
  }
  if (provider.current) {
    const detail = `"${provider.name}" is the key in use; migrate to another key provider before deleting it`;
    return apiError('deleteKeyProvider', 424, detail);
  }
  const { migration } = ctx.tenant;
  if (isRunning(migration, ctx.now()) && migration?.migratingToFingerprint === fingerprint) {
    const detail = `"${provider.name}" is the target of the running migration; wait until it completes`;
    return apiError('deleteKeyProvider', 424, detail);
  }
  ctx.tenant.providers = ctx.tenant.providers.filter((p) => p !== provider);
  return noBody(204);
}
