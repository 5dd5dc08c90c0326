import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { cssVariablesResolver, theme } from '../components/mantine/theme.ts';

/**
 * An element as a comparable value: tag, attributes (classes as a sorted set, inline style as
 * sorted declarations) and children. Two renderings that compare equal draw the same with the
 * same stylesheet, whatever order React wrote the attributes in.
 */
export interface Shape {
  tag: string;
  attributes: Record<string, string>;
  children: (Shape | string)[];
}

function shapeOf(node: Node): Shape | string | null {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.tagName === 'STYLE') return null;
  const attributes: Record<string, string> = {};
  for (const { name, value } of node.attributes) {
    if (name === 'class') attributes[name] = value.split(/\s+/).filter(Boolean).sort().join(' ');
    else if (name === 'style')
      attributes[name] = value
        .split(';')
        .map((declaration) => declaration.trim().replace(/\s*:\s*/, ':'))
        .filter(Boolean)
        .sort()
        .join(';');
    else attributes[name] = value;
  }
  return {
    tag: node.tagName.toLowerCase(),
    attributes,
    children: [...node.childNodes].map(shapeOf).filter((child) => child !== null),
  };
}

/** What `ui` renders, as shapes; Mantine's components get the console's theme. */
export function markupShape(ui: ReactNode): (Shape | string)[] {
  const html = renderToStaticMarkup(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {ui}
    </MantineProvider>,
  );
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return [...body.childNodes].map(shapeOf).filter((child) => child !== null);
}
