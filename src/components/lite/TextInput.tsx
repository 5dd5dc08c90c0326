import { useId, type ComponentPropsWithoutRef, type CSSProperties, type ReactNode } from 'react';
import inputClasses from '@mantine-classes/Input';
import { cx, vars } from './lite.ts';

interface TextInputProps extends Omit<ComponentPropsWithoutRef<'input'>, 'style'> {
  label: ReactNode;
  leftSection?: ReactNode;
  /** On the root, as Mantine puts its style props (`maw`). */
  style?: CSSProperties;
}

/**
 * Mantine's TextInput at its default size (sm) and variant: the InputWrapper root, its label
 * (`for` the input), the Input wrapper, a left section and the input. The rest of the props go
 * to the input, as Mantine's do.
 */
export function TextInput({ label, leftSection, id, className, style, ...rest }: TextInputProps) {
  // Mantine's useId: React's id as `mantine-…` (Mantine swaps in a random one after mounting).
  const reactId = useId();
  const inputId = id ?? `mantine-${reactId.replace(/:/g, '')}`;
  return (
    <div
      className={cx(
        inputClasses.root,
        'mantine-InputWrapper-root',
        'mantine-TextInput-root',
        className,
      )}
      data-size="sm"
      style={style}
    >
      <label
        className={cx(inputClasses.label, 'mantine-InputWrapper-label', 'mantine-TextInput-label')}
        data-size="sm"
        htmlFor={inputId}
        id={`${inputId}-label`}
        style={vars({ '--input-label-size': 'var(--mantine-font-size-sm)' })}
      >
        {label}
      </label>
      <div
        className={cx(inputClasses.wrapper, 'mantine-Input-wrapper', 'mantine-TextInput-wrapper')}
        data-variant="default"
        data-size="sm"
        data-with-left-section={leftSection ? true : undefined}
        style={vars({
          '--input-height': 'var(--input-height-sm)',
          '--input-fz': 'var(--mantine-font-size-sm)',
        })}
      >
        {leftSection && (
          <div
            data-position="left"
            className={cx(
              inputClasses.section,
              'mantine-Input-section',
              'mantine-TextInput-section',
            )}
          >
            {leftSection}
          </div>
        )}
        <input
          {...rest}
          id={inputId}
          className={cx(inputClasses.input, 'mantine-Input-input', 'mantine-TextInput-input')}
          data-variant="default"
        />
      </div>
    </div>
  );
}
