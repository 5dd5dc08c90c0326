import type { notifications } from '@mantine/notifications';
import { useEffect, useSyncExternalStore } from 'react';

interface Notice {
  title: string;
  message: string;
  color?: string;
  /** `false` keeps it until the person dismisses it. */
  autoClose?: false;
}

// The notifications system loads with the first notice, not with the first page.
let requested = false;
let show: typeof notifications.show | undefined;
const loadShow = async () => {
  show ??= (await import('@mantine/notifications')).notifications.show;
  return show;
};
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether a notice was shown yet: `NotificationsHost` mounts Mantine's container from then on. */
export const useNotificationsRequested = () =>
  useSyncExternalStore(
    subscribe,
    () => requested,
    () => false,
  );

/** Loads the notices' code and styles ahead, for a change whose outcome will be one. */
export function prepareNotifications() {
  if (requested) return;
  requested = true;
  void loadShow();
  listeners.forEach((listener) => {
    listener();
  });
}

/** Loads the notices once the page is idle, for a view whose actions end with one. */
export function useNotificationsSoon() {
  useEffect(() => {
    if (requested) return;
    // Without requestIdleCallback, a second after the view opens.
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(prepareNotifications, 1000);
      return () => {
        window.clearTimeout(timer);
      };
    }
    const idle = window.requestIdleCallback(prepareNotifications, { timeout: 3000 });
    return () => {
      window.cancelIdleCallback(idle);
    };
  }, []);
}

/** Shows the outcome of an action (contrast and close-button name come from the theme). */
export function notify({ title, message, color = 'green', autoClose }: Notice) {
  prepareNotifications();
  const notice = { title, message, color, ...(autoClose === false && { autoClose }) };
  // Once loaded, at once: in the same render as the result it reports.
  if (show) show(notice);
  else void loadShow().then((loaded) => loaded(notice));
}
