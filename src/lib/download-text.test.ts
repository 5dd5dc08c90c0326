import { describe, expect, it } from 'vitest';
import { exportFilename } from './download-text.ts';

describe('exportFilename', () => {
  it('stamps the UTC day, or the UTC second for what changes within a day', () => {
    const at = new Date('2026-11-29T10:15:07.250Z');
    expect(exportFilename('key-history', at, 'json')).toBe('key-history-2026-11-29.json');
    expect(exportFilename('fleet', at, 'csv', 'second')).toBe('fleet-2026-11-29T101507Z.csv');
  });
});
