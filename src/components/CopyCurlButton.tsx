import { Button, CopyButton } from '@mantine/core';
import { IconCheck, IconTerminal2 } from '@tabler/icons-react';

/** Copies a ready-made cURL command; the command is built by the caller (see lib/curl.ts). */
export function CopyCurlButton({
  command,
  label = 'Copy as cURL',
}: {
  command: string;
  label?: string;
}) {
  return (
    <CopyButton value={command}>
      {({ copied, copy }) => (
        <Button
          variant="subtle"
          size="xs"
          color={copied ? 'teal' : 'gray'}
          onClick={copy}
          leftSection={
            copied ? <IconCheck size={14} aria-hidden /> : <IconTerminal2 size={14} aria-hidden />
          }
        >
          {copied ? 'Copied' : label}
        </Button>
      )}
    </CopyButton>
  );
}
