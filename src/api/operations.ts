import type { operations } from './schema.d.ts';

export type OperationId = keyof operations;

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

const base = '/api/v1/encryption/keyproviders';

/** (method, OpenAPI path) → operationId, as declared in openapi/encryption.yaml. */
const operationByRoute: Record<`${Method} ${string}`, OperationId> = {
  [`GET ${base}`]: 'listAwsKeyProviders',
  [`POST ${base}`]: 'createKeyProvider',
  [`GET ${base}/{arnFingerPrint}`]: 'getKeyProvider',
  [`PATCH ${base}/{arnFingerPrint}`]: 'patchKeyProvider',
  [`DELETE ${base}/{arnFingerPrint}`]: 'deleteKeyProvider',
  [`POST ${base}/{arnFingerPrint}/actions/migrate`]: 'migrateKeyProvider',
  [`POST ${base}/{arnFingerPrint}/actions/test`]: 'testKeyProvider',
  [`GET ${base}/actions/list`]: 'listKeyProviders',
  [`POST ${base}/actions/reset-to-default-provider`]: 'resetToDefaultProvider',
  [`GET ${base}/migration/actions/details`]: 'getMigrationDetails',
};

export function operationFor(method: string, schemaPath: string): OperationId | 'unknown' {
  return operationByRoute[`${method.toUpperCase() as Method} ${schemaPath}`] ?? 'unknown';
}
