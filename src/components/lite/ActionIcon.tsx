import type { ComponentProps } from 'react';
import actionIconClasses from '@mantine-classes/ActionIcon';
import { cx, rem, vars, type MantineSize } from './lite.ts';
import type { ThemeColor } from './Badge.tsx';
import { UnstyledButton } from './UnstyledButton.tsx';

/** The variants of Mantine's ActionIcon the first visit's views use. */
type ActionIconVariant = 'default' | 'subtle';

/** What Mantine's default `variantColorResolver` gives these variants for a theme colour. */
function colors(variant: ActionIconVariant, color: ThemeColor) {
  return variant === 'default'
    ? {
        background: 'var(--mantine-color-default)',
        hover: 'var(--mantine-color-default-hover)',
        color: 'var(--mantine-color-default-color)',
        border: `${rem(1)} solid var(--mantine-color-default-border)`,
      }
    : {
        background: 'transparent',
        hover: `var(--mantine-color-${color}-light-hover)`,
        color: `var(--mantine-color-${color}-light-color)`,
        border: `${rem(1)} solid transparent`,
      };
}

interface ActionIconProps extends ComponentProps<'button'> {
  /** Required: without one Mantine draws the filled look, which these views do not use. */
  variant: ActionIconVariant;
  size?: MantineSize;
  /** A theme colour (the theme's primary colour, blue, by default). */
  color?: ThemeColor;
}

/**
 * Mantine's ActionIcon without `loading` (Mantine draws its loader only when `loading` is given):
 * an icon button, the icon in a centred span.
 */
export function ActionIcon({
  variant,
  size,
  color,
  disabled,
  className,
  style,
  children,
  ...rest
}: ActionIconProps) {
  const resolved = colors(variant, color ?? 'blue');
  return (
    <UnstyledButton
      {...rest}
      disabled={disabled}
      className={cx(
        !disabled && 'mantine-active',
        actionIconClasses.root,
        'mantine-ActionIcon-root',
        className,
      )}
      data-variant={variant}
      data-size={size}
      data-disabled={disabled || undefined}
      style={vars(
        {
          '--ai-size': size && `var(--ai-size-${size})`,
          '--ai-bg': resolved.background,
          '--ai-hover': resolved.hover,
          '--ai-color': resolved.color,
          '--ai-bd': resolved.border,
        },
        style,
      )}
    >
      <span className={cx(actionIconClasses.icon, 'mantine-ActionIcon-icon')}>{children}</span>
    </UnstyledButton>
  );
}
