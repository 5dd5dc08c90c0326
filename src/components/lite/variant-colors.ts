import { theme } from '../mantine/theme.ts';
import { rem } from './lite.ts';

/** A colour of Mantine's default theme, by name (no shade: the theme picks it per scheme). */
export type ThemeColor =
  | 'dark'
  | 'gray'
  | 'red'
  | 'pink'
  | 'grape'
  | 'violet'
  | 'indigo'
  | 'blue'
  | 'cyan'
  | 'green'
  | 'lime'
  | 'yellow'
  | 'orange'
  | 'teal';

/** The variants of Mantine's buttons, badges and alerts the first visit's views use. */
export type Variant = 'filled' | 'light' | 'outline' | 'default' | 'subtle';

/**
 * What Mantine's default `variantColorResolver` gives a variant of a theme colour without a shade
 * (the console's theme keeps it): background, hover, text and border. No colour is the theme's
 * primary colour. The markup tests render Mantine with the console's theme to hold these.
 */
export function variantColors(variant: Variant, color: ThemeColor | undefined) {
  const c = color ?? (theme.primaryColor as ThemeColor);
  const transparent = `${rem(1)} solid transparent`;
  switch (variant) {
    case 'default':
      return {
        background: 'var(--mantine-color-default)',
        hover: 'var(--mantine-color-default-hover)',
        color: 'var(--mantine-color-default-color)',
        border: `${rem(1)} solid var(--mantine-color-default-border)`,
      };
    case 'light':
      return {
        background: `var(--mantine-color-${c}-light)`,
        hover: `var(--mantine-color-${c}-light-hover)`,
        color: `var(--mantine-color-${c}-light-color)`,
        border: transparent,
      };
    case 'subtle':
      return {
        background: 'transparent',
        hover: `var(--mantine-color-${c}-light-hover)`,
        color: `var(--mantine-color-${c}-light-color)`,
        border: transparent,
      };
    case 'outline':
      return {
        background: 'transparent',
        hover: `var(--mantine-color-${c}-outline-hover)`,
        color: `var(--mantine-color-${c}-outline)`,
        border: `${rem(1)} solid var(--mantine-color-${c}-outline)`,
      };
    case 'filled':
      return {
        background: `var(--mantine-color-${c}-filled)`,
        hover: `var(--mantine-color-${c}-filled-hover)`,
        color: 'var(--mantine-color-white)',
        border: transparent,
      };
  }
}
