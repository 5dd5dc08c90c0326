import { formatKmsArn, fingerprintOf, parseKmsArn, type KmsArn } from './arn.ts';
import type { SimContext } from './context.ts';
import { apiError } from './errors.ts';
import { isPlainObject, json, readJsonBody } from './http.ts';
import { isMultiRegion, registrationFailure } from './kms.ts';
import { toSecondsTimestamp } from './time.ts';
import { AWS_KMS, NEVER, type KeyProvider } from './wire.ts';

const REQUIRED_FIELDS = ['name', 'arn', 'keyprovider'] as const;

export async function createKeyProvider(ctx: SimContext, request: Request): Promise<Response> {
  const parsed = await readJsonBody(request);
  if (!parsed.ok) return apiError('createKeyProvider', 400, parsed.problem);
  const body = parsed.value;
  if (!isPlainObject(body)) {
    const detail = 'The request body must be a JSON object with name, arn and keyprovider';
    return apiError('createKeyProvider', 400, detail);
  }
  const invalid = invalidField(body);
  if (invalid) return apiError('createKeyProvider', 400, invalid.detail, { field: invalid.field });

  const arn = body.arn as string;
  const check = parseKmsArn(arn);
  if (!check.ok) return apiError('createKeyProvider', 417, check.problem, { field: 'arn' });
  const existing = ctx.tenant.providers.find((provider) => provider.arn === arn);
  if (existing) {
    const detail = `The key ${arn} is already registered as "${existing.name}" (fingerprint ${existing.arnFingerPrint ?? ''})`;
    return apiError('createKeyProvider', 409, detail, { arnFingerPrint: existing.arnFingerPrint });
  }
  const failure = registrationFailure(arn);
  if (failure) return apiError('createKeyProvider', failure.status, failure.detail);

  const provider = await newProvider(ctx, body, check.arn);
  ctx.tenant.providers.push(provider);
  return json(201, provider);
}

function invalidField(body: Record<string, unknown>): { field: string; detail: string } | null {
  for (const field of REQUIRED_FIELDS) {
    const value = body[field];
    if (typeof value !== 'string' || value.trim() === '') {
      const hint =
        field === 'keyprovider' && 'keyProvider' in body
          ? ' (found "keyProvider"; the API spells it "keyprovider", all lower case)'
          : '';
      return {
        field,
        detail: `The field "${field}" is required and must be a non-empty string${hint}`,
      };
    }
  }
  if (body.keyprovider !== AWS_KMS) {
    const detail = `The field "keyprovider" must be "${AWS_KMS}", not ${JSON.stringify(body.keyprovider)}`;
    return { field: 'keyprovider', detail };
  }
  if (body.description !== undefined && typeof body.description !== 'string') {
    return { field: 'description', detail: 'The field "description" must be a string' };
  }
  return null;
}

async function newProvider(ctx: SimContext, body: Record<string, unknown>, arn: KmsArn) {
  const arnText = formatKmsArn(arn);
  const { tenantId, drRegion } = ctx.tenant;
  const multiRegion = isMultiRegion(arnText) || body.multiRegion === true;
  const replicaRegions = multiRegion && drRegion ? [drRegion] : [];
  const provider: KeyProvider = {
    name: body.name as string,
    tenantId,
    arn: arnText,
    arnFingerPrint: await fingerprintOf(arnText),
    keyprovider: AWS_KMS,
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
    multiRegion,
    replicaKeys: replicaRegions.map((region) => ({
      arn: formatKmsArn({ ...arn, region }),
      region,
    })),
    createdAt: toSecondsTimestamp(ctx.now()),
    promotedToCurrentAt: NEVER,
    demotedFromCurrentAt: NEVER,
  };
  return provider;
}
