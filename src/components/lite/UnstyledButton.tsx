import type { ComponentProps } from 'react';
import unstyledButtonClasses from '@mantine-classes/UnstyledButton';
import { cx } from './lite.ts';

/** The classes Mantine's UnstyledButton gives every button built on it (ActionIcon, Burger…). */
export const unstyledButtonClass = cx(unstyledButtonClasses.root, 'mantine-UnstyledButton-root');

/** Mantine's UnstyledButton: a `type="button"` without the browser's look, focus ring by keyboard. */
export function UnstyledButton({ className, ...rest }: ComponentProps<'button'>) {
  return (
    <button
      type="button"
      {...rest}
      className={cx('mantine-focus-auto', className, unstyledButtonClass)}
    />
  );
}
