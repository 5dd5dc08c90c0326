import type { OperationId } from '../../../api/operations.ts';

/** The changes the console records, in the order the filter offers them. */
const LABELS = {
  createKeyProvider: 'Registered a key',
  patchKeyProvider: 'Edited',
  deleteKeyProvider: 'Deleted',
  testKeyProvider: 'Validated',
  migrateKeyProvider: 'Started a migration',
  resetToDefaultProvider: 'Returned to the Qlik default',
} as const satisfies Partial<Record<OperationId, string>>;

export const KNOWN_OPERATIONS = Object.keys(LABELS);

const isKnown = (operation: string): operation is keyof typeof LABELS =>
  Object.hasOwn(LABELS, operation);

/** What was done, in words; an operation this console does not know keeps its id. */
export function operationLabel(operation: string): string {
  return isKnown(operation) ? LABELS[operation] : operation;
}
