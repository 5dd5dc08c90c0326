import type { OperationId } from '../src/api/operations.gen.ts';
import type { operations } from '../src/api/schema.d.ts';

export type { OperationId };

type ErrorStatus = 400 | 401 | 403 | 404 | 406 | 408 | 409 | 412 | 414 | 417 | 424 | 428;

/** The error statuses the OpenAPI description declares for an operation. */
export type DeclaredErrorStatus<O extends OperationId> = Extract<
  keyof operations[O & keyof operations]['responses'],
  ErrorStatus
>;

const BAD_REQUEST = 'Bad Request';
const UNAUTHORIZED = 'Unauthorized, invalid JWT';
const NOT_FOUND = 'No entry match for the fingerprint was found';
const KMS_TIMEOUT =
  'Failed to return a response within the timeout window. The key provider (QlikVault, AWS-KMS) might be unavailable.';
const REGISTRY_FAILED = 'Failed to load key providers from the registry';

/** Error titles as the API reference describes each (operation, status) pair. */
export const TITLES: { [O in OperationId]: Record<DeclaredErrorStatus<O>, string> } = {
  listAwsKeyProviders: { 400: BAD_REQUEST, 417: REGISTRY_FAILED },
  createKeyProvider: {
    400: BAD_REQUEST,
    401: UNAUTHORIZED,
    403: 'Provided AWS-KMS key access forbidden. Check if key policy allows access from Qlik Cloud.',
    406: 'Failed to register key',
    408: KMS_TIMEOUT,
    409: 'The specified key is already registered',
    417: 'Failed to validate AWS-KMS ARN structure',
  },
  getKeyProvider: {
    400: BAD_REQUEST,
    404: NOT_FOUND,
    414: 'Requested fingerprint length is too large',
  },
  patchKeyProvider: {
    400: 'Failed to decode key provider patch request payload',
    401: UNAUTHORIZED,
    404: NOT_FOUND,
    417: 'Failed to patch key provider information',
  },
  deleteKeyProvider: {
    400: BAD_REQUEST,
    404: NOT_FOUND,
    417: 'Failed to delete keyprovider information',
    424: 'The requested key is being used and cannot be deleted',
  },
  migrateKeyProvider: {
    400: BAD_REQUEST,
    401: UNAUTHORIZED,
    404: NOT_FOUND,
    412: 'Failed to initiate migration',
    424: 'Failed to prepare migration',
    428: 'There is already an ongoing migration for the tenant',
  },
  testKeyProvider: { 400: BAD_REQUEST, 401: UNAUTHORIZED, 404: NOT_FOUND, 408: KMS_TIMEOUT },
  listKeyProviders: { 400: BAD_REQUEST, 417: REGISTRY_FAILED },
  resetToDefaultProvider: {
    401: UNAUTHORIZED,
    406: 'There is already an ongoing migration in progress for the tenant',
    412: 'Failed to initiate migration to Qlik managed provider',
    424: 'Tenant is already using Qlik Managed provider',
  },
  getMigrationDetails: {
    400: BAD_REQUEST,
    401: UNAUTHORIZED,
    404: 'There is no ongoing migration for this tenant',
    417: 'Failed to get ongoing migration information',
  },
};

export const GENERIC_TITLES = {
  unauthorized: UNAUTHORIZED,
  fingerprintTooLong: 'Requested fingerprint length is too large',
  routeNotFound: 'Not Found',
  methodNotAllowed: 'Method Not Allowed',
} as const;
