export { downloadText } from '../../../lib/download-text.ts';

/** `key-history-2026-11-29.csv`: the UTC day of the export. */
export const exportFilename = (at: Date, extension: 'csv' | 'json') =>
  `key-history-${at.toISOString().slice(0, 10)}.${extension}`;
