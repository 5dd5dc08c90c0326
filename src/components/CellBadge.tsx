import type { CSSProperties, ReactNode } from 'react';
import { cellClass } from './cell-classes.ts';

/**
 * Mantine's Badge variant="filled" with white text and the console's badge styles (no uppercase,
 * never narrower than its label), as plain elements for table rows that mount by the dozen.
 * `color`: a CSS colour, e.g. CURRENT_GREEN or `var(--mantine-color-blue-9)`.
 */
export function CellBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <div
      className={cellClass.badge}
      data-variant="filled"
      style={{ '--badge-bg': color } as CSSProperties}
    >
      <span className={cellClass.badgeLabel}>{children}</span>
    </div>
  );
}
