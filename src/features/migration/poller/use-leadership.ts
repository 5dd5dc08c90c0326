import { useEffect, useState } from 'react';

/**
 * Whether this tab holds the named Web Lock. Tabs queue for it; when the leader closes, the next
 * one takes over. A tab that becomes visible steals it, so the tab someone is looking at polls.
 * Without Web Locks (old browsers, jsdom) every tab leads.
 */
export function useLeadership(name: string): boolean {
  const hasLocks = typeof navigator !== 'undefined' && 'locks' in navigator;
  const [leader, setLeader] = useState(!hasLocks);

  useEffect(() => {
    if (!hasLocks) return;
    const unmounted = new AbortController();
    let release: (() => void) | undefined;

    const acquire = (steal: boolean) => {
      release?.();
      const options: LockOptions = steal ? { steal: true } : { signal: unmounted.signal };
      navigator.locks
        .request(name, options, () => {
          if (unmounted.signal.aborted) return undefined;
          setLeader(true);
          return new Promise<void>((resolve) => {
            release = resolve;
          });
        })
        .catch(() => {
          // Stolen by a visible tab, or unmounted: queue again unless we are gone.
          setLeader(false);
          if (!unmounted.signal.aborted) acquire(false);
        });
    };

    const onVisibility = () => {
      if (document.visibilityState === 'visible') acquire(true);
    };
    acquire(false);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unmounted.abort();
      release?.();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [name, hasLocks]);

  return leader;
}
