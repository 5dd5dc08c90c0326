import { useCallback, useSyncExternalStore } from 'react';

const TICK_MS = 500;
const readClock = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;

/** The current time (to half a second), re-rendering twice a second while `running`. */
export function useClock(running: boolean): number {
  const subscribe = useCallback(
    (onTick: () => void) => {
      if (!running) return () => undefined;
      const timer = setInterval(onTick, TICK_MS);
      return () => {
        clearInterval(timer);
      };
    },
    [running],
  );
  return useSyncExternalStore(subscribe, readClock);
}
