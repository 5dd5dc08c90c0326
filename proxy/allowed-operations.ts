import { matchOperation, OPERATIONS, type OperationId } from '../src/api/operations.gen.ts';

/**
 * The operation a request calls, or undefined when the proxy must refuse it. `pathname` must be
 * already normalised (as `new URL()` does), so `..` segments cannot escape the allow-list.
 */
export function findAllowedOperation(method: string, pathname: string): OperationId | undefined {
  return matchOperation(method, pathname)?.operationId;
}

/** Whether an operation changes the tenant: what a read-only console refuses. */
export function changesTenant(operationId: OperationId): boolean {
  return OPERATIONS[operationId].changes;
}
