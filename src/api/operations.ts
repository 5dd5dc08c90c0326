import { operationOfTemplate, type OperationId } from './operations.gen.ts';

export type { OperationId } from './operations.gen.ts';

/** The operationId of a (method, OpenAPI path template) pair, as openapi-fetch reports a request. */
export function operationFor(method: string, schemaPath: string): OperationId | 'unknown' {
  return operationOfTemplate(method.toUpperCase(), schemaPath) ?? 'unknown';
}
