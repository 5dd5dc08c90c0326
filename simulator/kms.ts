import type { ComplianceError } from './wire.ts';

/** Put one of these in an ARN's resource part (e.g. `alias/sim-forbidden`) to get its outcome. */
export const KMS_MARKERS = {
  forbidden: 'sim-forbidden',
  kmsTimeout: 'sim-kms-timeout',
  registerFails: 'sim-register-fails',
  testTimeout: 'sim-test-timeout',
  notDrCompliant: 'sim-not-dr-compliant',
  migratePrecondition: 'sim-migrate-precondition',
  migrateUnprepared: 'sim-migrate-unprepared',
  multiRegion: 'mrk',
} as const;

export interface KmsFailure<S extends number> {
  status: S;
  detail: string;
}

function hasMarker(arn: string, marker: string): boolean {
  const resource = arn.split(':').slice(5).join(':');
  return resource.includes(marker);
}

function regionOf(arn: string): string {
  return arn.split(':')[3] ?? '';
}

/** What AWS KMS answers when Qlik Cloud first uses the key, at registration. */
export function registrationFailure(arn: string): KmsFailure<403 | 406 | 408> | null {
  const region = regionOf(arn);
  if (hasMarker(arn, KMS_MARKERS.forbidden)) {
    const detail = `AccessDeniedException: the key policy of ${arn} does not allow Qlik Cloud to call kms:GenerateDataKey and kms:Decrypt with the tenant's encryption context in region ${region}`;
    return { status: 403, detail };
  }
  if (hasMarker(arn, KMS_MARKERS.kmsTimeout)) {
    const detail = `AWS KMS in ${region} did not answer GenerateDataKey for ${arn} within the timeout window`;
    return { status: 408, detail };
  }
  if (hasMarker(arn, KMS_MARKERS.registerFails)) {
    const detail = `AWS KMS refused to use ${arn}: the key is disabled (KeyState Disabled); enable it and try again`;
    return { status: 406, detail };
  }
  return null;
}

export type KeyTestResult =
  KmsFailure<408> | { status: 201; drCompliant: boolean; complianceError?: ComplianceError[] };

/** What `/actions/test` finds when it calls GenerateDataKey in every region. */
export function testKey(arn: string, drRegion: string | null): KeyTestResult {
  if (hasMarker(arn, KMS_MARKERS.testTimeout)) {
    const detail = `AWS KMS in ${regionOf(arn)} did not answer the test call for ${arn} within the timeout window`;
    return { status: 408, detail };
  }
  if (hasMarker(arn, KMS_MARKERS.notDrCompliant) && drRegion) {
    const message = `The policy of the provided key does not allow the required action [${drRegion}] [GenerateDataKey].`;
    return {
      status: 201,
      drCompliant: false,
      complianceError: [{ code: 'Encryption-88', region: drRegion, message }],
    };
  }
  return { status: 201, drCompliant: true };
}

/** What preparing a migration to this key answers. */
export function migrationFailure(
  arn: string,
  drRegion: string | null,
): KmsFailure<412 | 424> | null {
  if (hasMarker(arn, KMS_MARKERS.migratePrecondition)) {
    const detail = `Qlik Cloud could not generate a data key with ${arn}: the key is pending deletion, so the migration cannot start`;
    return { status: 412, detail };
  }
  if (hasMarker(arn, KMS_MARKERS.migrateUnprepared)) {
    const where = drRegion ? `its replica in ${drRegion}` : 'the key';
    const detail = `The migration to ${arn} could not be prepared: ${where} did not answer kms:Decrypt for the existing data keys`;
    return { status: 424, detail };
  }
  return null;
}

/** AWS gives multi-Region keys `mrk-` ids; an alias with `mrk` in its name stands for one. */
export function isMultiRegion(arn: string): boolean {
  return hasMarker(arn, KMS_MARKERS.multiRegion);
}
