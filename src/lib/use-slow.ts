import { useState } from 'react';
import { useClock } from './use-clock.ts';

/** True once `active` has lasted `afterMs`: says a request is slow well before it times out. */
export function useSlow(active: boolean, afterMs = 4000): boolean {
  const now = useClock(active);
  const [since, setSince] = useState({ active, at: now });
  if (since.active !== active) setSince({ active, at: now });
  return active && since.active && now - since.at >= afterMs;
}
