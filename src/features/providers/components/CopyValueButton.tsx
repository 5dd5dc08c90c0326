import actionIconClasses from '@mantine-classes/ActionIcon';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { unstyledButtonClass } from '../../../components/lite/UnstyledButton.tsx';
import classes from './CopyValueButton.module.css';

// ActionIcon variant="subtle" size="sm" (gray, teal once copied) as a plain button with Mantine's
// classes: one mounts in every row a long table brings into view, and the components behind
// CopyButton + ActionIcon cost more than the rest of the row.
const buttonClass = [
  'mantine-focus-auto mantine-active',
  actionIconClasses.root,
  'mantine-ActionIcon-root',
  unstyledButtonClass,
  classes.button,
].join(' ');
const iconClass = `${actionIconClasses.icon} mantine-ActionIcon-icon`;

/** A copy button without a tooltip (Tooltip pulls floating-ui into the first page). */
export function CopyValueButton({ value, label }: { value: string; label: string }) {
  // CopyButton's default: "Copied" for a second.
  const { copied, copy } = useClipboard({ timeout: 1000 });
  return (
    <button
      type="button"
      className={buttonClass}
      data-variant="subtle"
      data-size="sm"
      data-copied={copied || undefined}
      onClick={() => {
        copy(value);
      }}
      aria-label={copied ? `Copied ${label.replace(/^Copy /, '')}` : label}
    >
      <span className={iconClass}>
        {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
      </span>
    </button>
  );
}
