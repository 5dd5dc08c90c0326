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

/** `key-history-2026-11-29.csv`: the UTC day of the export. */
export const exportFilename = (at: Date, extension: 'csv' | 'json') =>
  `key-history-${at.toISOString().slice(0, 10)}.${extension}`;
