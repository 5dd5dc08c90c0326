import type { TenantSeed } from './tenant-seed.ts';
import {
  AWS_KMS,
  NEVER,
  QLIK_MANAGED_ARN,
  QLIK_PROVIDER_DESCRIPTION,
  QLIK_PROVIDER_NAME,
  type KeyProvider,
} from './wire.ts';

export function qlikDefaultProvider(tenantId: string, promotedToCurrentAt: string): KeyProvider {
  return {
    arn: QLIK_MANAGED_ARN,
    name: QLIK_PROVIDER_NAME,
    tenantId,
    createdAt: 'Qlik managed',
    description: QLIK_PROVIDER_DESCRIPTION,
    keyprovider: 'Qlik',
    multiRegion: false,
    replicaKeys: [],
    arnFingerPrint: tenantId,
    promotedToCurrentAt,
    demotedFromCurrentAt: NEVER,
  };
}

/** The reference's examples carry `qcg`, a field Qlik never declared; clients must ignore it. */
const LEGACY_FIELDS = { qcg: false };

export const REFERENCE_TENANT_ID = 'ImTRa-bkJTD-NZRYjNBa_rDhwSVA6Qo8';
const REFERENCE_REPLICA = {
  arn: 'arn:aws:kms:us-east-2:857519135519:key/ee358547-5716-4e66-9524-1618716e221a',
  region: 'us-east-2',
};

/** The tenant of the API reference's `/actions/list` example, values verbatim. */
export function referenceTenant(): TenantSeed {
  const tenantId = REFERENCE_TENANT_ID;
  const cmk02Arn = 'arn:aws:kms:us-east-1:857519135519:key/b6a2a74c-fb34-464a-8ea6-d867fd3b9438';
  const cmk02Fingerprint = 'b5fe2c83b25f9e39487bca28f69e4210';
  return {
    tenantId,
    tenantRegion: 'us-east-1',
    drRegion: 'us-east-2',
    providers: [
      { ...LEGACY_FIELDS, ...qlikDefaultProvider(tenantId, '2023-06-21T18:45:57Z') },
      {
        arn: 'arn:aws:kms:us-east-1:857519135519:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d',
        ...LEGACY_FIELDS,
        name: 'CMK - 01',
        tenantId,
        createdAt: '2023-06-21T18:43:49Z',
        keyprovider: AWS_KMS,
        multiRegion: true,
        replicaKeys: [{ ...REFERENCE_REPLICA }],
        arnFingerPrint: '9f352c5a9c1618485051892cb57467e4',
        promotedToCurrentAt: '2023-06-21T18:43:54Z',
        demotedFromCurrentAt: '2023-06-21T18:45:57Z',
      },
      {
        arn: cmk02Arn,
        ...LEGACY_FIELDS,
        name: 'CMK - 02',
        current: true,
        tenantId,
        createdAt: '2023-06-21T18:59:17Z',
        description: 'CMK migration test',
        keyprovider: AWS_KMS,
        multiRegion: true,
        replicaKeys: [{ ...REFERENCE_REPLICA }],
        arnFingerPrint: cmk02Fingerprint,
        promotedToCurrentAt: '2023-06-21T18:59:18Z',
        demotedFromCurrentAt: NEVER,
      },
    ],
    migration: {
      id: '5c0f3f4e-8d1a-4b7e-9a43-2f6d1e0c9b71',
      tenantId,
      migratingFrom:
        'v1:rTfjXBtXurvLxUJqE4dvgyXIm6zLiaIE:iiTaqy+LNXkmCVEBN9mOwKwsNQZ0UdNUWW7s5TptbOrU67qAALinKb+UZUKBHYgVGflHmp2t2CvtBK4G',
      migratingTo: cmk02Arn,
      migratingToFingerprint: cmk02Fingerprint,
      migratingToPrefix: `#BYOKv1#:${cmk02Fingerprint}`,
      initiatedAt: '2023-06-21T18:59:17Z',
      initiatedAtMs: Date.parse('2023-06-21T18:59:17Z'),
      durationMs: 1000,
      applied: true,
    },
  };
}

/** A tenant that never left the Qlik managed key. */
export function freshTenant(): TenantSeed {
  const tenantId = 'Xq7Lm-pR2vK-hT9wYcNe_bUoFjZ4Ds1A';
  return {
    tenantId,
    tenantRegion: 'eu-west-1',
    drRegion: 'eu-west-3',
    providers: [{ ...qlikDefaultProvider(tenantId, '2024-03-12T09:14:27Z'), current: true }],
    migration: null,
  };
}
