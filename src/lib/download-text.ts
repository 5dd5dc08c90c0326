/** Saves text as a file through a temporary object URL (no server round trip). */
export function downloadText(text: string, filename: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click starts the download synchronously; the URL can go once it has been read.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

export type ExportFormat = 'csv' | 'json';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/**
 * `activity-2026-11-29.csv` (the UTC day) or, for what changes within a day, with `'second'`,
 * `fleet-2026-11-29T101500Z.csv`.
 */
export function exportFilename(
  name: string,
  at: Date,
  format: ExportFormat,
  precision: 'day' | 'second' = 'day',
) {
  const stamp =
    precision === 'day'
      ? at.toISOString().slice(0, 10)
      : `${at.toISOString().slice(0, 19).replaceAll(':', '')}Z`;
  return `${name}-${stamp}.${format}`;
}
