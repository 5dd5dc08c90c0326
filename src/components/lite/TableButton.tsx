import type { ComponentProps } from 'react';
import unstyledButtonClasses from '@mantine-classes/UnstyledButton';
import { cx } from './lite.ts';

/**
 * Mantine's UnstyledButton (a `<button type="button">` without the browser's look, with Mantine's
 * focus ring), here for the tables' sortable column headers.
 */
export function UnstyledButton({ className, ...rest }: ComponentProps<'button'>) {
  return (
    <button
      type="button"
      {...rest}
      className={cx(
        'mantine-focus-auto',
        unstyledButtonClasses.root,
        'mantine-UnstyledButton-root',
        className,
      )}
    />
  );
}
