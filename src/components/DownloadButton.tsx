import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import {
  downloadText,
  EXPORT_TYPES,
  exportFilename,
  type ExportFormat,
} from '../lib/download-text.ts';

interface DownloadButtonProps {
  /** The file's name before its time stamp: `activity`, `fleet`, `key-history`. */
  name: string;
  format: ExportFormat;
  /** The file's text, made at the click (`at` is the time in its name). */
  content: (at: Date) => string;
  precision?: 'day' | 'second';
  disabled?: boolean;
}

/** "Download CSV" / "Download JSON" of what a view shows, saved in the browser. */
export function DownloadButton({
  name,
  format,
  content,
  precision,
  disabled,
}: DownloadButtonProps) {
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
      disabled={disabled}
      onClick={() => {
        const at = new Date();
        downloadText(
          content(at),
          exportFilename(name, at, format, precision),
          EXPORT_TYPES[format],
        );
      }}
    >
      Download {format.toUpperCase()}
    </Button>
  );
}
