import type { ComponentProps, CSSProperties, ElementType } from 'react';
import textClasses from '@mantine-classes/Text';
import titleClasses from '@mantine-classes/Title';
import anchorClasses from '@mantine-classes/Anchor';
import hiddenClasses from '@mantine-classes/VisuallyHidden';
import { cx, vars, type MantineSize, type Polymorphic } from './lite.ts';

/** The style props of Mantine's Text the console uses. */
export interface TextStyleProps {
  size?: MantineSize;
  c?: 'dimmed';
  fw?: number;
  ff?: 'monospace';
}

/** The class, CSS variables, data attributes and style of Mantine's Text root. */
export function textRoot(
  { size, c, fw, ff }: TextStyleProps,
  className: string | undefined,
  style: CSSProperties | undefined,
  extraClass?: string,
) {
  return {
    className: cx(
      'mantine-focus-auto',
      extraClass,
      className,
      textClasses.root,
      'mantine-Text-root',
    ),
    'data-size': size,
    style: vars(
      {
        '--text-fz': size && `var(--mantine-font-size-${size})`,
        '--text-lh': size && `var(--mantine-line-height-${size})`,
      },
      {
        ...(c && { color: `var(--mantine-color-${c})` }),
        ...(fw !== undefined && { fontWeight: fw }),
        ...(ff && { fontFamily: `var(--mantine-font-family-${ff})` }),
        ...style,
      },
    ),
  };
}

type TextProps<C extends ElementType> = Polymorphic<C, TextStyleProps>;

/** Mantine's Text: a paragraph (or `component`) at a theme size. */
export function Text<C extends ElementType = 'p'>({
  component,
  size,
  c,
  fw,
  ff,
  className,
  style,
  ...rest
}: TextProps<C>) {
  const Component: ElementType = component ?? 'p';
  return <Component {...rest} {...textRoot({ size, c, fw, ff }, className, style)} />;
}

/** Mantine's Anchor: its Text, as a link in the theme's link colour, underlined on hover. */
export function Anchor<C extends ElementType = 'a'>({
  component,
  className,
  ...rest
}: TextProps<C>) {
  return (
    <Text<ElementType>
      {...rest}
      component={component ?? 'a'}
      className={cx(anchorClasses.root, className, 'mantine-Anchor-root')}
      data-underline="hover"
    />
  );
}

type Heading = 1 | 2 | 3 | 4 | 5 | 6;

interface TitleProps extends ComponentProps<'h1'> {
  order?: Heading;
  /** Another heading's size for this level (`h4`). */
  size?: `h${Heading}`;
}

/** Mantine's Title: a heading at the theme's size for its level. */
export function Title({ order = 1, size, className, style, ...rest }: TitleProps) {
  const Heading = `h${order}` as const;
  const look = size ?? Heading;
  return (
    <Heading
      {...rest}
      className={cx(titleClasses.root, 'mantine-Title-root', className)}
      data-order={order}
      data-size={size}
      style={vars(
        {
          '--title-fw': `var(--mantine-${look}-font-weight)`,
          '--title-lh': `var(--mantine-${look}-line-height)`,
          '--title-fz': `var(--mantine-${look}-font-size)`,
        },
        style,
      )}
    />
  );
}

/** Mantine's VisuallyHidden: read by screen readers, not shown. */
export function VisuallyHidden({ className, ...rest }: ComponentProps<'span'>) {
  return (
    <span {...rest} className={cx(hiddenClasses.root, 'mantine-VisuallyHidden-root', className)} />
  );
}
