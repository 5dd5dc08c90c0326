import type { ComponentPropsWithoutRef } from 'react';
import paperClasses from '@mantine-classes/Paper';
import { cx, vars, type MantineSize } from './lite.ts';

interface PaperProps extends ComponentPropsWithoutRef<'div'> {
  withBorder?: boolean;
  radius?: MantineSize;
}

/** Mantine's Paper: a surface in the body colour, bordered on request. */
export function Paper({ withBorder, radius, className, style, ...rest }: PaperProps) {
  return (
    <div
      {...rest}
      className={cx(paperClasses.root, 'mantine-Paper-root', className)}
      data-with-border={withBorder || undefined}
      style={vars({ '--paper-radius': radius && `var(--mantine-radius-${radius})` }, style)}
    />
  );
}
