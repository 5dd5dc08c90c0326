import { QLIK_MANAGED_ARN } from '../src/api/model.ts';
import { API_BASE_PATH } from '../src/api/operations.gen.ts';
import type { components } from '../src/api/schema.d.ts';

export type KeyProvider = components['schemas']['KeyProvider'];
export type MigrationInformation = components['schemas']['MigrationInformation'];
export type ComplianceError = components['schemas']['ComplianceError'];

/** The encryption API's namespace: the tenant answers (and logs) everything under it, even unknown paths. */
export const API_PREFIX = API_BASE_PATH.slice(0, API_BASE_PATH.lastIndexOf('/') + 1);

export { QLIK_MANAGED_ARN };
export const QLIK_PROVIDER_NAME = 'Qlik Internal Kms';
export const QLIK_PROVIDER_DESCRIPTION = 'Default key management service';

/** The API's way of saying "never happened". */
export const NEVER = '0001-01-01T00:00:00Z';

/** Fingerprints longer than this answer 414 on every `/{arnFingerPrint}` route. */
export const MAX_FINGERPRINT_LENGTH = 64;

export const AWS_KMS = 'AWS-KMS';
