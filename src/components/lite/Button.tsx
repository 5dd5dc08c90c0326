import type { CSSProperties, ElementType, ReactNode } from 'react';
import buttonClasses from '@mantine-classes/Button';
import { Loader } from './Loader.tsx';
import { unstyledButtonClass } from './UnstyledButton.tsx';
import { cx, rem, vars, type MantineSize, type Polymorphic } from './lite.ts';
import { variantColors, type ThemeColor } from './variant-colors.ts';

/** The variants of Mantine's Button the first visit's views use. */
type Variant = 'filled' | 'light' | 'default';

// Where Mantine's Transition leaves the loader once entered (Button's `loaderTransition`).
const loaderEntered: CSSProperties = {
  transitionProperty: 'transform, opacity',
  WebkitBackfaceVisibility: 'hidden',
  transitionDuration: '150ms',
  transitionTimingFunction: 'ease',
  transformOrigin: 'center',
  opacity: 1,
  transform: `translate(-50%, calc(-50% + ${rem(1)}))`,
};

interface ButtonOwn {
  variant?: Variant;
  color?: ThemeColor;
  size?: MantineSize;
  leftSection?: ReactNode;
  disabled?: boolean;
  /** As Mantine: disables the button and shows a loader over the label. */
  loading?: boolean;
  children?: ReactNode;
}

type ButtonProps<C extends ElementType> = Polymorphic<C, ButtonOwn>;

/**
 * Mantine's Button: UnstyledButton root, inner, left section and label spans, and the loader
 * span while `loading` (Mantine slides it in over 150 ms; this one is there at once).
 */
export function Button<C extends ElementType = 'button'>({
  component,
  variant,
  color,
  size,
  leftSection,
  disabled,
  loading,
  children,
  className,
  style,
  ...rest
}: ButtonProps<C>) {
  const Component: ElementType = component ?? 'button';
  const colors = variantColors(variant ?? 'filled', color);
  const themed = color !== undefined || variant !== undefined;
  return (
    <Component
      className={cx(
        'mantine-focus-auto',
        !disabled && !loading && 'mantine-active',
        buttonClasses.root,
        'mantine-Button-root',
        unstyledButtonClass,
        className,
      )}
      style={vars(
        {
          '--button-height': size && `var(--button-height-${size})`,
          '--button-padding-x': size && `var(--button-padding-x-${size})`,
          '--button-fz': size && `var(--mantine-font-size-${size})`,
          '--button-bg': themed ? colors.background : undefined,
          '--button-hover': themed ? colors.hover : undefined,
          '--button-color': colors.color,
          '--button-bd': themed ? colors.border : undefined,
        },
        style,
      )}
      data-variant={variant}
      data-size={size}
      data-disabled={disabled || undefined}
      data-loading={loading || undefined}
      data-with-left-section={leftSection ? true : undefined}
      type={Component === 'button' ? 'button' : undefined}
      disabled={disabled || loading || undefined}
      {...rest}
    >
      {loading && (
        <span
          className={cx(buttonClasses.loader, 'mantine-Button-loader')}
          style={loaderEntered}
          aria-hidden
        >
          <Loader
            style={
              {
                '--loader-size': 'calc(var(--button-height) / 1.8)',
                '--loader-color': 'var(--button-color)',
              } as CSSProperties
            }
          />
        </span>
      )}
      <span className={cx(buttonClasses.inner, 'mantine-Button-inner')}>
        {leftSection && (
          <span
            className={cx(buttonClasses.section, 'mantine-Button-section')}
            data-position="left"
          >
            {leftSection}
          </span>
        )}
        <span
          className={cx(buttonClasses.label, 'mantine-Button-label')}
          data-loading={loading || undefined}
        >
          {children}
        </span>
      </span>
    </Component>
  );
}
