import { useSearchParams } from 'react-router';

/**
 * A view's search, filter and sort live in the address (shareable, kept on reload). `update` sets
 * the given parameters (an empty value removes one) without adding a history entry per keystroke.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };
  return [params, update] as const;
}
