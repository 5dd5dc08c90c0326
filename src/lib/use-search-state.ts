import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
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

interface ColumnSort<C extends string> {
  column: C;
  direction: 'asc' | 'desc';
}

/**
 * A table's sort in the address (`sort`, `dir`), read by the view's own `read` (a module-level
 * function: it must keep its identity). `sort` stays the same object while the address says the
 * same sort; `onSort(column)` sorts by that column, ascending first, and flips the direction of
 * the column already sorted by. Both keep their identity across renders.
 */
export function useSortState<C extends string>(
  params: URLSearchParams,
  update: ReturnType<typeof useSearchState>[1],
  read: (column: string | null, direction: string | null) => ColumnSort<C>,
) {
  const column = params.get('sort');
  const direction = params.get('dir');
  const sort = useMemo(() => read(column, direction), [read, column, direction]);
  const onSort = useCallback(
    (next: C) => {
      update((current) => {
        const shown = read(current.get('sort'), current.get('dir'));
        return {
          sort: next,
          dir: shown.column === next && shown.direction === 'asc' ? 'desc' : 'asc',
        };
      });
    },
    [update, read],
  );
  return [sort, onSort] as const;
}
