import { describe, expect, it } from 'vitest';
import { createRedactor } from './redact.ts';

describe('createRedactor', () => {
  it('replaces every occurrence of every secret and ignores empty ones', () => {
    const redact = createRedactor(['key-1', '', undefined, 'other']);
    expect(redact('Bearer key-1 then key-1 and other')).toBe(
      'Bearer [REDACTED] then [REDACTED] and [REDACTED]',
    );
    expect(createRedactor([])('unchanged')).toBe('unchanged');
  });
});
