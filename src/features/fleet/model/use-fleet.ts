import { isApiError } from '../../../api/api-error.ts';
import type { FleetMember } from '../../../api/console-info.ts';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { lookAtTenant } from '../api/look-at-tenant.ts';
import { FleetPoller } from './fleet-poller.ts';
import { isMigrating, rowOf, type FleetRow, type TenantLook } from './fleet-rows.ts';

/**
 * Two requests per look (providers and migration side by side), four tenants at a time: never more
 * than eight requests in flight, whatever the size of the fleet.
 */
export const FLEET_CONCURRENCY = 4;

/** Every tenant's row, kept fresh politely (see FleetPoller); paused while the page is hidden. */
export function useFleet(members: readonly FleetMember[]) {
  const [poller] = useState(
    () =>
      new FleetPoller<TenantLook>({
        ids: members.map((member) => member.id),
        check: lookAtTenant,
        isBusy: isMigrating,
        retryAfterOf: (error) => (isApiError(error) ? error.retryAfterMs : undefined),
        concurrency: FLEET_CONCURRENCY,
      }),
  );
  useEffect(() => {
    const follow = () => {
      if (document.hidden) poller.pause();
      else poller.resume();
    };
    follow();
    poller.start();
    document.addEventListener('visibilitychange', follow);
    return () => {
      document.removeEventListener('visibilitychange', follow);
      poller.stop();
    };
  }, [poller]);
  const checkNow = useCallback(
    (ids?: readonly string[]) => {
      poller.checkNow(ids);
    },
    [poller],
  );
  const snapshot = useSyncExternalStore(poller.subscribe, poller.getSnapshot);
  // Entries that did not change keep their identity, and so do their rows (memoised row views).
  const [rowCache] = useState(() => new WeakMap<object, FleetRow>());
  const rows = useMemo(() => {
    const byId = new Map(snapshot.entries.map((entry) => [entry.id, entry]));
    return members.map((member) => {
      const entry = byId.get(member.id);
      if (!entry) return rowOf(member, undefined);
      let row = rowCache.get(entry);
      if (!row) {
        row = rowOf(member, entry);
        rowCache.set(entry, row);
      }
      return row;
    });
  }, [members, snapshot, rowCache]);
  return {
    rows,
    inFlight: snapshot.inFlight,
    paused: snapshot.paused,
    checkNow,
  };
}
