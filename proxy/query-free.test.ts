import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** Every `in:` of every parameter in the description, wherever it is declared. */
function parameterLocations(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(parameterLocations);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.in === 'string' && 'name' in record ? [record.in] : [];
  return [...own, ...Object.values(record).flatMap(parameterLocations)];
}

describe('the proxy refuses every query string', () => {
  it('because no operation of the description takes one (add an allow-list here if one does)', () => {
    const description: unknown = parse(readFileSync('openapi/encryption.yaml', 'utf8'));
    const locations = parameterLocations(description);
    expect(locations).toContain('path');
    expect(locations).not.toContain('query');
  });
});
