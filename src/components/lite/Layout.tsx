import type { CSSProperties, ComponentPropsWithoutRef, ElementType } from 'react';
import stackClasses from '@mantine-classes/Stack';
import groupClasses from '@mantine-classes/Group';
import centerClasses from '@mantine-classes/Center';
import { cx, spacing, vars, type MantineSize, type Polymorphic } from './lite.ts';

type Gap = MantineSize | number;

interface StackProps extends ComponentPropsWithoutRef<'div'> {
  gap?: Gap;
  align?: CSSProperties['alignItems'];
  justify?: CSSProperties['justifyContent'];
}

/** Mantine's Stack: a column with a gap. */
export function Stack({
  gap = 'md',
  align = 'stretch',
  justify = 'flex-start',
  className,
  style,
  ...rest
}: StackProps) {
  return (
    <div
      {...rest}
      className={cx(stackClasses.root, 'mantine-Stack-root', className)}
      style={vars(
        { '--stack-gap': spacing(gap), '--stack-align': align, '--stack-justify': justify },
        style,
      )}
    />
  );
}

interface GroupProps extends ComponentPropsWithoutRef<'div'> {
  gap?: Gap;
  align?: CSSProperties['alignItems'];
  justify?: CSSProperties['justifyContent'];
  wrap?: CSSProperties['flexWrap'];
}

/** Mantine's Group: a row with a gap (falsy children are React's to skip; the console passes none). */
export function Group({
  gap = 'md',
  align = 'center',
  justify = 'flex-start',
  wrap = 'wrap',
  className,
  style,
  ...rest
}: GroupProps) {
  return (
    <div
      {...rest}
      className={cx(groupClasses.root, 'mantine-Group-root', className)}
      style={vars(
        {
          '--group-gap': spacing(gap),
          '--group-align': align,
          '--group-justify': justify,
          '--group-wrap': wrap,
        },
        style,
      )}
    />
  );
}

type CenterProps<C extends ElementType> = Polymorphic<C, object>;

/** Mantine's Center: content centred both ways. */
export function Center<C extends ElementType = 'div'>({
  component,
  className,
  ...rest
}: CenterProps<C>) {
  const Component: ElementType = component ?? 'div';
  return (
    <Component {...rest} className={cx(centerClasses.root, 'mantine-Center-root', className)} />
  );
}
