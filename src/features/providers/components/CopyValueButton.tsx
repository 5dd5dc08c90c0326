import { ActionIcon } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** A copy button without a tooltip (Tooltip pulls floating-ui into the first page). */
export function CopyValueButton({ value, label }: { value: string; label: string }) {
  // CopyButton's default: "Copied" for a second.
  const { copied, copy } = useClipboard({ timeout: 1000 });
  return (
    <ActionIcon
      variant="subtle"
      size="sm"
      color={copied ? 'teal' : 'gray'}
      onClick={() => {
        copy(value);
      }}
      aria-label={copied ? `Copied ${label.replace(/^Copy /, '')}` : label}
    >
      {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
    </ActionIcon>
  );
}
