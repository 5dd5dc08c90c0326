import type { ComponentPropsWithoutRef, CSSProperties, ElementType } from 'react';

/**
 * The first visit's views (the layout and the provider table) draw with Mantine's stylesheet and
 * class names but not its component runtime: Mantine's first component brings ≈ 8 KB gzip of
 * factory, Box, style props and styles hooks, and every instance runs them. These pieces render
 * the markup Mantine's components render for the props the console uses (same classes, same
 * CSS variables, same data attributes; `lite.test.tsx` holds each one to Mantine's own output).
 * Views that load later use Mantine's components.
 */
export type MantineSize = 'xs' | 'sm' | 'md' | 'lg' | 'xl';

const sizes = new Set<unknown>(['xs', 'sm', 'md', 'lg', 'xl']);

/** Mantine's `rem()`: pixels as rem, scaled by the theme. */
export const rem = (px: number) =>
  px === 0 ? '0rem' : `calc(${px / 16}rem * var(--mantine-scale))`;

/** Mantine's spacing: a theme size as its variable, a number of pixels as rem. */
export const spacing = (value: MantineSize | number | undefined) =>
  value === undefined
    ? undefined
    : sizes.has(value)
      ? `var(--mantine-spacing-${value})`
      : rem(value as number);

/** Class names joined, the falsy left out. */
export const cx = (...names: (string | false | null | undefined)[]) =>
  names.filter(Boolean).join(' ');

/** CSS custom properties in a style object, the undefined left out (as Mantine leaves them out). */
export function vars(
  variables: Record<`--${string}`, string | undefined>,
  style?: CSSProperties,
): CSSProperties {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) if (value !== undefined) out[name] = value;
  return { ...out, ...style };
}

/** Props of a piece that renders as `component` (an element or a component such as a router link). */
export type Polymorphic<C extends ElementType, Own> = Own & {
  component?: C;
  className?: string;
  style?: CSSProperties;
} & Omit<ComponentPropsWithoutRef<C>, keyof Own | 'component' | 'className' | 'style'>;
