import type { components } from '../src/api/schema.d.ts';

export type KeyProvider = components['schemas']['KeyProvider'];
export type MigrationInformation = components['schemas']['MigrationInformation'];
export type ComplianceError = components['schemas']['ComplianceError'];

export const API_PREFIX = '/api/v1/encryption/';
export const KEYPROVIDERS_PATH = '/api/v1/encryption/keyproviders';

export const QLIK_MANAGED_ARN = '#QLIK_MANAGED_KEY_PROVIDER#';
export const QLIK_PROVIDER_NAME = 'Qlik Internal Kms';
export const QLIK_PROVIDER_DESCRIPTION = 'Default key management service';

/** The API's way of saying "never happened". */
export const NEVER = '0001-01-01T00:00:00Z';

/** Fingerprints longer than this answer 414 on every `/{arnFingerPrint}` route. */
export const MAX_FINGERPRINT_LENGTH = 64;

export const AWS_KMS = 'AWS-KMS';
