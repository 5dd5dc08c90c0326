import { useCallback, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

/**
 * Links inside long tables as plain `<a href data-to>`, followed by one click handler on the table
 * instead of a router `Link` per row: each `Link` reads the location, so every link on screen
 * rendered again whenever the address changed (each sort, each keystroke in the search box), and
 * mounting one cost as much as the rest of its row.
 *
 * `href(path)` gives the address to put on the link (the router's basename in front);
 * `onClick` goes on an ancestor and follows an ordinary click on such a link within the app, as
 * `Link` does. Clicks with a modifier key, other buttons and links with a target are the
 * browser's (new tab, new window, download).
 */
export function useRouteLinks() {
  const navigate = useNavigate();
  const root = useHref('/');
  const href = useCallback((path: string) => `${root.replace(/\/$/, '')}${path}`, [root]);
  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const link =
        event.target instanceof Element
          ? event.target.closest<HTMLAnchorElement>('a[data-to]')
          : null;
      if (
        !link?.dataset.to ||
        event.defaultPrevented ||
        event.button !== 0 ||
        (link.target && link.target !== '_self') ||
        event.metaKey ||
        event.altKey ||
        event.ctrlKey ||
        event.shiftKey
      ) {
        return;
      }
      event.preventDefault();
      void navigate(link.dataset.to);
    },
    [navigate],
  );
  return { href, onClick };
}
