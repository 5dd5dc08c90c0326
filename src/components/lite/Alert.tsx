import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import alertClasses from '@mantine-classes/Alert';
import { cx, vars } from './lite.ts';
import { variantColors, type ThemeColor } from './variant-colors.ts';

interface AlertProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  color?: ThemeColor;
  variant?: 'light';
  title?: ReactNode;
  icon?: ReactNode;
}

/**
 * Mantine's Alert (no close button): root (`role="alert"` unless told otherwise, labelled by its
 * title and described by its message), wrapper, icon, body, title label and message.
 */
export function Alert({
  color,
  variant,
  title,
  icon,
  id,
  role,
  children,
  className,
  style,
  ...rest
}: AlertProps) {
  // Mantine's useId: React's id as `mantine-…` (Mantine swaps in a random one after mounting).
  const reactId = useId();
  const rootId = id ?? `mantine-${reactId.replace(/:/g, '')}`;
  const titleId = title ? `${rootId}-title` : undefined;
  const bodyId = `${rootId}-body`;
  const colors = variantColors(variant ?? 'light', color);
  const themed = color !== undefined || variant !== undefined;
  return (
    <div
      id={rootId}
      className={cx(alertClasses.root, 'mantine-Alert-root', className)}
      style={vars(
        {
          '--alert-bg': themed ? colors.background : undefined,
          '--alert-color': colors.color,
          '--alert-bd': themed ? colors.border : undefined,
        },
        style,
      )}
      data-variant={variant}
      {...rest}
      role={role ?? 'alert'}
      aria-describedby={children ? bodyId : undefined}
      aria-labelledby={titleId}
    >
      <div className={cx(alertClasses.wrapper, 'mantine-Alert-wrapper')}>
        {icon && <div className={cx(alertClasses.icon, 'mantine-Alert-icon')}>{icon}</div>}
        <div className={cx(alertClasses.body, 'mantine-Alert-body')}>
          {title && (
            <div className={cx(alertClasses.title, 'mantine-Alert-title')}>
              <span id={titleId} className={cx(alertClasses.label, 'mantine-Alert-label')}>
                {title}
              </span>
            </div>
          )}
          {children && (
            <div
              id={bodyId}
              className={cx(alertClasses.message, 'mantine-Alert-message')}
              data-variant={variant}
            >
              {children}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
