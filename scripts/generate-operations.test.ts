import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOperations, renderModule } from './generate-operations.ts';

const yaml = readFileSync('openapi/encryption.yaml', 'utf8');

describe('generate-operations', () => {
  it('reads each operation with its method, path, whether it changes anything and its tier', () => {
    const operations = readOperations(yaml);
    expect(operations).toHaveLength(10);
    expect(operations).toContainEqual({
      operationId: 'listAwsKeyProviders',
      method: 'GET',
      path: '/api/v1/encryption/keyproviders',
      changes: false,
      tier: '1',
      limit: 1000,
    });
    expect(operations.find((op) => op.operationId === 'deleteKeyProvider')).toMatchObject({
      method: 'DELETE',
      changes: true,
      tier: '2',
    });
  });

  it('refuses an operation without operationId or tier', () => {
    const broken = 'paths:\n  /x:\n    get:\n      operationId: getX\n';
    expect(() => readOperations(broken)).toThrow('GET /x has no x-qlik-tier');
  });

  it('the committed module is what the description generates', async () => {
    const generated = await renderModule(readOperations(yaml));
    expect(readFileSync('src/api/operations.gen.ts', 'utf8')).toBe(generated);
  });
});
