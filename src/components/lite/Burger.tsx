import type { ComponentProps } from 'react';
import burgerClasses from '@mantine-classes/Burger';
import { cx, vars, type MantineSize } from './lite.ts';
import { UnstyledButton } from './UnstyledButton.tsx';

interface BurgerProps extends ComponentProps<'button'> {
  opened?: boolean;
  size?: MantineSize;
  /** Hidden from this breakpoint up (Mantine's `hiddenFrom`). */
  hiddenFrom?: MantineSize;
}

/** Mantine's Burger: three lines (one element and its pseudo-elements) that cross when opened. */
export function Burger({
  opened,
  size,
  hiddenFrom,
  className,
  style,
  children,
  ...rest
}: BurgerProps) {
  return (
    <UnstyledButton
      {...rest}
      className={cx(
        burgerClasses.root,
        'mantine-Burger-root',
        className,
        hiddenFrom && `mantine-hidden-from-${hiddenFrom}`,
      )}
      data-size={size}
      style={vars({ '--burger-size': size && `var(--burger-size-${size})` }, style)}
    >
      <div
        className={cx(burgerClasses.burger, 'mantine-Burger-burger')}
        data-reduce-motion="true"
        data-opened={opened || undefined}
      />
      {children}
    </UnstyledButton>
  );
}
