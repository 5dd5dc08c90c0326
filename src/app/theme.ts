import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  // Mantine's default shade 6 under white text is 3.5:1; shade 8 passes WCAG AA in both schemes.
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  components: {
    // Close buttons are icons: give them names once, here, for every dialog and notification.
    // Plain objects, not Modal.extend(): importing Modal here would put it in the first page's bundle.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      // Mantine greys a titled notification's text (gray 6, under 4.5:1).
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
  },
});

/** Mantine's dimmed text (gray 6 / dark 2) is under 4.5:1; these pass WCAG AA on both schemes. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] },
  dark: { '--mantine-color-dimmed': t.colors.dark[1] },
});
