import type { ComponentProps } from 'react';
import actionIconClasses from '@mantine-classes/ActionIcon';
import { cx, vars, type MantineSize } from './lite.ts';
import { variantColors, type ThemeColor } from './variant-colors.ts';
import { UnstyledButton } from './UnstyledButton.tsx';

/** The variants of Mantine's ActionIcon the first visit's views use. */
type ActionIconVariant = 'default' | 'subtle';

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
  const resolved = variantColors(variant, color);
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
