import type { ComponentPropsWithoutRef } from 'react';
import skeletonClasses from '@mantine-classes/Skeleton';
import { cx, rem, vars } from './lite.ts';

interface SkeletonProps extends ComponentPropsWithoutRef<'div'> {
  /** In pixels. */
  height?: number;
}

/** Mantine's Skeleton, visible and animated (its defaults): a placeholder bar while loading. */
export function Skeleton({ height, className, style, ...rest }: SkeletonProps) {
  return (
    <div
      {...rest}
      className={cx(skeletonClasses.root, 'mantine-Skeleton-root', className)}
      data-visible
      data-animate
      style={vars({ '--skeleton-height': height === undefined ? undefined : rem(height) }, style)}
    />
  );
}
