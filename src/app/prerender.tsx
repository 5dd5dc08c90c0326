import { ColorSchemeScript } from '@mantine/core';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { ConsoleRoot } from './ConsoleRoot.tsx';
import { COLOR_SCHEME_KEY, DEFAULT_COLOR_SCHEME } from './color-scheme.ts';
import { PRERENDERED_PATH, providersPagePattern } from './first-page.ts';

/** The first page's shell as the browser's first render draws it (main.tsx hydrates it). */
export function renderShell(): string {
  return renderToString(<ConsoleRoot header={null} location={PRERENDERED_PATH} />);
}

/**
 * What runs in <head> before the page paints, as a file (the CSP allows no inline script):
 * Mantine's ColorSchemeScript, which puts the chosen or the system's scheme on <html>, and a mark
 * on <html> for addresses other than the key providers table, whose heading the shell then hides.
 */
export function headScript(): string {
  const markup = renderToStaticMarkup(
    <ColorSchemeScript
      defaultColorScheme={DEFAULT_COLOR_SCHEME}
      localStorageKey={COLOR_SCHEME_KEY}
    />,
  );
  const mantine = /<script[^>]*>([\s\S]*)<\/script>/.exec(markup)?.[1];
  if (!mantine) throw new Error(`ColorSchemeScript rendered no script: ${markup}`);
  const pattern = JSON.stringify(providersPagePattern(import.meta.env.BASE_URL));
  return `${mantine.trim()}
if (!new RegExp(${pattern}).test(location.pathname)) {
  document.documentElement.setAttribute("data-first-page", "other");
}
`;
}
