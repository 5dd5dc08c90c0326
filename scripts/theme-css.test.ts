import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_CSS_FILE, themeCss } from './theme-css.ts';

describe('src/components/mantine/theme.css', () => {
  it('is what MantineProvider injects for the theme (run `npm run theme:css` after changing it)', async () => {
    expect(readFileSync(THEME_CSS_FILE, 'utf8')).toBe(await themeCss());
  });

  it('carries the theme’s choices in both schemes', async () => {
    const css = await themeCss();
    expect(css).toMatch(/--mantine-font-family:\s+system-ui/);
    expect(css).toMatch(
      /\[data-mantine-color-scheme='light'\][^}]*--mantine-color-dimmed: #495057/,
    );
    expect(css).toMatch(/\[data-mantine-color-scheme='dark'\][^}]*--mantine-color-dimmed: #b8b8b8/);
  });
});
