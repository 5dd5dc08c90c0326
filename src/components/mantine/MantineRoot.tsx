import { MantineProvider } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { colorSchemeManager } from './color-scheme.ts';
import { cssVariablesResolver, theme } from './theme.ts';

/**
 * Mantine's provider for what uses Mantine's components: every view that loads later (through
 * `lazyView`), the notifications, the demo's controls. The first visit renders none: its CSS
 * variables and global classes are in theme.css (`npm run theme:css`), its colour scheme in
 * color-scheme.ts, which this provider shares.
 */
export function MantineRoot({ children }: { children: ReactNode }) {
  const [manager] = useState(colorSchemeManager);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={manager}
      defaultColorScheme="auto"
      withCssVariables={false}
      withGlobalClasses={false}
    >
      {children}
    </MantineProvider>
  );
}
