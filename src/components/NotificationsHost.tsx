import { Suspense } from 'react';
import { lazyView } from './mantine/lazy-view.tsx';
import { useNotificationsRequested } from './notify.ts';

const Notifications = lazyView(async () => (await import('./MantineNotifications.tsx')).default);

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
