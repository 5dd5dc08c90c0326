import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import specText from '../../openapi/encryption.yaml?raw';
import { errorMessages } from './error-messages.ts';
import type { OperationId } from './operations.ts';

interface Spec {
  paths: Record<
    string,
    Record<string, { operationId?: string; responses?: Record<string, unknown> }>
  >;
}

const spec = parse(specText) as Spec;
const documented = Object.values(spec.paths).flatMap((item) =>
  Object.values(item).flatMap((operation) =>
    Object.keys(operation.responses ?? {}).map((status) => ({
      operation: operation.operationId as OperationId,
      status,
    })),
  ),
);

describe('the message table', () => {
  it('covers the 51 documented (operation, status) pairs of the API description', () => {
    expect(documented.filter(({ status }) => status !== 'default')).toHaveLength(51);
  });

  it.each(documented.filter(({ status }) => Number(status) >= 400))(
    'has a message for $operation $status',
    ({ operation, status }) => {
      const message = errorMessages[operation][Number(status)];
      expect(message?.title).toBeTruthy();
      expect(message?.explanation).toBeTruthy();
      expect(message?.next).toBeTruthy();
    },
  );
});
