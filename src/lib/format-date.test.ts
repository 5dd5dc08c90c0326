import { describe, expect, it } from 'vitest';
import { formatUtc } from './format-date.ts';

describe('formatUtc', () => {
  it('writes an instant in UTC, 24-hour, whatever the local zone', () => {
    expect(formatUtc('2023-06-21T18:59:18Z')).toBe('21 Jun 2023 18:59 UTC');
    expect(formatUtc(Date.UTC(2023, 5, 21, 0, 5))).toBe('21 Jun 2023 00:05 UTC');
  });

  it('never writes garbage for what is not a date', () => {
    expect(formatUtc(null)).toBe('—');
    expect(formatUtc('Qlik managed', 'not recorded')).toBe('not recorded');
    expect(formatUtc(Number.NaN)).toBe('—');
  });
});
