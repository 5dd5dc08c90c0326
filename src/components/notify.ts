import { notifications } from '@mantine/notifications';

interface Notice {
  title: string;
  message: string;
  color?: string;
}

/** Shows the outcome of an action (contrast and close-button name come from the theme). */
export function notify({ title, message, color = 'green' }: Notice) {
  notifications.show({
    title,
    message,
    color,
  });
}
