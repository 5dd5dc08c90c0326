import { lazy, Suspense } from 'react';
import { useNotificationsRequested } from './notify.ts';

const Notifications = lazy(() => import('./MantineNotifications.tsx'));

/** Where notices show; its code and styles load with the first `notify()`. */
export function NotificationsHost() {
  const requested = useNotificationsRequested();
  if (!requested) return null;
  return (
    <Suspense fallback={null}>
      <Notifications />
    </Suspense>
  );
}
