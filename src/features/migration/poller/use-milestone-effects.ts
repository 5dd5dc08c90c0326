import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { KeyProvider, Migration } from '../../../api/model.ts';
import { queryKeys } from '../../../api/queries.ts';
import { notify } from '../../../components/notify.ts';
import { milestoneMessage, milestonesBetween } from '../model/milestones.ts';
import { resolveEnd } from '../../../lib/provider-label.ts';

function notifyBrowser(body: string) {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  new Notification('Key migration completed', { body, tag: 'cmk-migration' });
}

/**
 * Turns changes of the migration into the live region's text and, on completion, fresh provider
 * data everywhere plus notifications (the browser one from the leader tab only, so one per browser).
 */
export function useMilestoneEffects(migration: Migration | null | undefined, leader: boolean) {
  const queryClient = useQueryClient();
  const previous = useRef<Migration | null | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (migration === undefined) return;
    const milestones = milestonesBetween(previous.current, migration);
    previous.current = migration;
    if (milestones.length === 0) return;
    const providers = queryClient.getQueryData<KeyProvider[]>(queryKeys.providerList());
    const target = resolveEnd(
      providers,
      migration?.migratingTo ?? null,
      migration?.migratingToFingerprint,
    );
    const text = milestones.map((m) => milestoneMessage(m, target.name)).join(' ');
    setAnnouncement(text);
    if (!milestones.includes('completed')) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.providers });
    notify({
      title: 'Migration completed',
      message: text,
      color: 'green.9',
    });
    if (leader) notifyBrowser(text);
  }, [migration, leader, queryClient]);

  return announcement;
}
