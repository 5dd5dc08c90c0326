import type { SimContext } from './context.ts';
import { apiError } from './errors.ts';
import { json } from './http.ts';
import { testKey } from './kms.ts';
import { providerFromPath } from './lookup.ts';
import { copy } from './providers-read.ts';
import type { RouteParams } from './handler.ts';

export function testKeyProvider(ctx: SimContext, _request: Request, params: RouteParams) {
  const provider = providerFromPath(ctx, params.arnFingerPrint, 'testKeyProvider');
  if (provider instanceof Response) return provider;
  const result = testKey(provider.arn, ctx.tenant.drRegion);
  if (result.status === 408) return apiError('testKeyProvider', 408, result.detail);
  const { status, ...findings } = result;
  return json(status, { ...copy(provider), ...findings });
}
