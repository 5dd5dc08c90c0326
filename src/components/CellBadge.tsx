import type { CSSProperties, ReactNode } from 'react';
import { Badge } from './lite/Badge.tsx';

/**
 * Mantine's Badge variant="filled" with white text and the console's badge styles (no uppercase,
 * never narrower than its label), for table cells. `color`: any CSS colour, e.g. CURRENT_GREEN or
 * `var(--mantine-color-blue-filled)` (what Mantine's color="blue" gives).
 */
export function CellBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Badge
      variant="filled"
      style={
        { '--badge-bg': color, minWidth: 'max-content', textTransform: 'none' } as CSSProperties
      }
    >
      {children}
    </Badge>
  );
}
