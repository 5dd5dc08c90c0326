import type { ComponentProps } from 'react';
import loaderClasses from '@mantine-classes/Loader';
import { cx, vars, type MantineSize } from './lite.ts';

interface LoaderProps extends ComponentProps<'span'> {
  size?: MantineSize;
}

/** Mantine's Loader (the oval, its default). */
export function Loader({ size, className, style, ...rest }: LoaderProps) {
  return (
    <span
      {...rest}
      className={cx(loaderClasses.ovalLoader, loaderClasses.root, 'mantine-Loader-root', className)}
      data-size={size}
      style={vars({ '--loader-size': size && `var(--loader-size-${size})` }, style)}
    />
  );
}
