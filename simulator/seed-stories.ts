// Tenants for telling a story in a demo: a migration under way, a key that fails its test, a
// tenant that throttles reads. Each is built on one of the reference seeds.
import type { ScenarioClock, TenantSeed } from './tenant-seed.ts';
import { qlikDefaultProvider, referenceTenant } from './seed-reference.ts';
import { toNanosTimestamp, toSecondsTimestamp } from './time.ts';
import { AWS_KMS, NEVER, type KeyProvider } from './wire.ts';

/** How far along "Migration in progress" is when it loads. */
export const MIGRATING_STARTED_SHARE = 0.25;

const MIGRATING_TENANT_ID = 'Mg8Rt-wQ3nZ-kV5bHsLe_cYpAxT2Fu7J';
export const MIGRATING_TARGET_ARN =
  'arn:aws:kms:eu-west-1:284611907731:key/mrk-4d2c8e1f9a7b4c3e8f1a2b3c4d5e6f70';
export const MIGRATING_TARGET_FINGERPRINT = 'bc23cded45741a3f96feeb2e63709dfb';

/** Leaving the Qlik default for a first multi-Region key, a quarter of the way through. */
export function migratingTenant({ nowMs, migrationDurationMs }: ScenarioClock): TenantSeed {
  const tenantId = MIGRATING_TENANT_ID;
  const startedMs = nowMs - Math.round(migrationDurationMs * MIGRATING_STARTED_SHARE);
  const target: KeyProvider = {
    arn: MIGRATING_TARGET_ARN,
    name: 'Production key',
    tenantId,
    createdAt: toSecondsTimestamp(startedMs - 5 * 60_000),
    description: 'Multi-Region key for the production tenant',
    keyprovider: AWS_KMS,
    multiRegion: true,
    replicaKeys: [
      { arn: MIGRATING_TARGET_ARN.replace('eu-west-1', 'eu-west-3'), region: 'eu-west-3' },
    ],
    arnFingerPrint: MIGRATING_TARGET_FINGERPRINT,
    promotedToCurrentAt: NEVER,
    demotedFromCurrentAt: NEVER,
  };
  return {
    tenantId,
    tenantRegion: 'eu-west-1',
    drRegion: 'eu-west-3',
    providers: [
      { ...qlikDefaultProvider(tenantId, '2024-03-12T09:14:27Z'), current: true },
      target,
    ],
    migration: {
      id: '0b9d4c2e-6f1a-4e8b-b3d7-9a5c2e7f1d40',
      tenantId,
      migratingFrom:
        'v1:hQ2xLrN8vKpT4mWzYb6cFjD0sGaE3uIo:Zt9Ke1Rw5Yq7Xm3Lp0Nv8Bc4Hd6Fg2Js1Aa9Qe3Wr5Ty7Ui0Op',
      migratingTo: MIGRATING_TARGET_ARN,
      migratingToFingerprint: MIGRATING_TARGET_FINGERPRINT,
      migratingToPrefix: `#BYOKv1#:${MIGRATING_TARGET_FINGERPRINT}`,
      initiatedAt: toNanosTimestamp(startedMs),
      initiatedAtMs: startedMs,
      durationMs: migrationDurationMs,
      applied: false,
    },
  };
}

/** Its resource carries the `sim-not-dr-compliant` marker: the key test reports Encryption-88. */
export const FAILING_KEY_ARN =
  'arn:aws:kms:us-east-1:857519135519:alias/finance-sim-not-dr-compliant';
export const FAILING_KEY_FINGERPRINT = '84e37fabe4a78743e632ee623cb6d3c7';

/** The documented tenant plus a registered key whose policy forgets the DR region. */
export function failingValidationTenant(): TenantSeed {
  const seed = referenceTenant();
  seed.providers.push({
    arn: FAILING_KEY_ARN,
    name: 'Finance key',
    tenantId: seed.tenantId,
    createdAt: '2024-02-08T14:12:03Z',
    description: 'Its key policy does not grant the DR region',
    keyprovider: AWS_KMS,
    multiRegion: false,
    replicaKeys: [],
    arnFingerPrint: FAILING_KEY_FINGERPRINT,
    promotedToCurrentAt: NEVER,
    demotedFromCurrentAt: NEVER,
  });
  return seed;
}

/** Every third read answers 429 with `Retry-After: 2`, as a tenant under load does. */
export function busyTenant(): TenantSeed {
  return {
    ...referenceTenant(),
    throttle: { everyNthRead: 3, retryAfterSeconds: 2, readsSeen: 0 },
  };
}
