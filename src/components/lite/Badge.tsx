import type { ElementType } from 'react';
import badgeClasses from '@mantine-classes/Badge';
import { cx, vars, type MantineSize, type Polymorphic } from './lite.ts';
import { variantColors, type ThemeColor } from './variant-colors.ts';

/** The variants of Mantine's Badge the first visit's views use. */
type BadgeVariant = 'filled' | 'light' | 'outline';

type BadgeProps<C extends ElementType> = Polymorphic<
  C,
  {
    variant?: BadgeVariant;
    size?: MantineSize;
    /** A theme colour (the theme's primary colour, blue, by default). */
    color?: ThemeColor;
  }
>;

/** Mantine's Badge: a short label in a pill, its text in a label span. */
export function Badge<C extends ElementType = 'div'>({
  component,
  variant,
  size,
  color,
  className,
  style,
  children,
  ...rest
}: BadgeProps<C>) {
  const Component: ElementType = component ?? 'div';
  const resolved = variantColors(variant ?? 'filled', color);
  const styled = color !== undefined || variant !== undefined;
  return (
    <Component
      {...rest}
      className={cx(badgeClasses.root, 'mantine-Badge-root', className)}
      data-variant={variant}
      data-size={size}
      style={vars(
        {
          '--badge-height': size && `var(--badge-height-${size})`,
          '--badge-padding-x': size && `var(--badge-padding-x-${size})`,
          '--badge-fz': size && `var(--badge-fz-${size})`,
          '--badge-bg': styled ? resolved.background : undefined,
          '--badge-color': styled ? resolved.color : undefined,
          '--badge-bd': styled ? resolved.border : undefined,
        },
        style,
      )}
    >
      <span className={cx(badgeClasses.label, 'mantine-Badge-label')}>{children}</span>
    </Component>
  );
}
