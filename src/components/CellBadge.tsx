import type { CSSProperties, ReactNode } from 'react';
import { cellClass } from './cell-classes.ts';

/**
 * Mantine's Badge variant="filled" with white text and the console's badge styles (no uppercase,
 * never narrower than its label), as plain elements (the markup Mantine's Badge renders) for table
 * rows that mount by the dozen. `color`: a CSS colour, e.g. CURRENT_GREEN or
 * `var(--mantine-color-blue-filled)` (what Mantine's color="blue" gives).
 */
export function CellBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <div
      className={cellClass.badge}
      data-variant="filled"
      style={
        {
          '--badge-bg': color,
          '--badge-color': 'var(--mantine-color-white)',
          '--badge-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
          minWidth: 'max-content',
          textTransform: 'none',
        } as CSSProperties
      }
    >
      <span className={cellClass.badgeLabel}>{children}</span>
    </div>
  );
}
