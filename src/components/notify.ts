import { useSyncExternalStore } from 'react';

interface Notice {
  title: string;
  message: string;
  color?: string;
  /** `false` keeps it until the person dismisses it. */
  autoClose?: false;
}

// The notifications system loads with the first notice, not with the first page.
let requested = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether a notice was shown yet: `NotificationsHost` mounts Mantine's container from then on. */
export const useNotificationsRequested = () => useSyncExternalStore(subscribe, () => requested);

/** Loads the notices' code and styles ahead, for a change whose outcome will be one. */
export function prepareNotifications() {
  if (requested) return;
  requested = true;
  listeners.forEach((listener) => {
    listener();
  });
}

/** Shows the outcome of an action (contrast and close-button name come from the theme). */
export function notify({ title, message, color = 'green', autoClose }: Notice) {
  prepareNotifications();
  void import('@mantine/notifications').then(({ notifications }) => {
    notifications.show({ title, message, color, ...(autoClose === false && { autoClose }) });
  });
}
