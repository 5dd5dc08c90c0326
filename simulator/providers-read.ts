import type { SimContext } from './context.ts';
import type { RouteParams } from './handler.ts';
import { json } from './http.ts';
import { providerFromPath } from './lookup.ts';
import { AWS_KMS, type KeyProvider } from './wire.ts';

export function listKeyProviders(ctx: SimContext): Response {
  return json(200, ctx.tenant.providers.map(copy));
}

/** Only AWS KMS keys, and without `arnFingerPrint`, as the reference's example shows. */
export function listAwsKeyProviders(ctx: SimContext): Response {
  const awsProviders = ctx.tenant.providers.filter((p) => p.keyprovider === AWS_KMS);
  return json(200, awsProviders.map(withoutFingerprint));
}

export function getKeyProvider(ctx: SimContext, _request: Request, params: RouteParams): Response {
  const provider = providerFromPath(ctx, params.arnFingerPrint, 'getKeyProvider');
  return provider instanceof Response ? provider : json(200, provider);
}

export function copy(provider: KeyProvider): KeyProvider {
  return structuredClone(provider);
}

function withoutFingerprint(provider: KeyProvider): KeyProvider {
  const copied = copy(provider);
  delete copied.arnFingerPrint;
  return copied;
}
