import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

type Changes = Record<string, string>;

/**
 * A view's search, filter and sort live in the address (shareable, kept on reload). `update` sets
 * the given parameters (an empty value removes one) without adding a history entry per keystroke;
 * given a function, it computes them from the current parameters. `update` keeps its identity
 * from render to render, so that what it is passed to (memoised headers, the search box) need not
 * render again when the address changes.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const latest = useRef(setParams);
  useLayoutEffect(() => {
    latest.current = setParams;
  });
  const update = useCallback((changes: Changes | ((current: URLSearchParams) => Changes)) => {
    latest.current(
      (current) => {
        const next = new URLSearchParams(current);
        const entries = typeof changes === 'function' ? changes(current) : changes;
        for (const [key, value] of Object.entries(entries)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }, []);
  return [params, update] as const;
}
