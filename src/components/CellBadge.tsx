import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

const styles = { root: { minWidth: 'max-content', textTransform: 'none' } } as const;

/**
 * A filled Badge with the console's badge styles for table cells (no uppercase, never narrower
 * than its label). `color`: a Mantine colour or any CSS colour, e.g. CURRENT_GREEN.
 */
export function CellBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Badge variant="filled" color={color} styles={styles}>
      {children}
    </Badge>
  );
}
