import { notifications } from '@mantine/notifications';

interface Notice {
  title: string;
  message: string;
  color?: string;
}

/**
 * Shows an outcome. Mantine greys a titled notification's text (gray 6, under 4.5:1); this keeps
 * it at the theme's dimmed colour, which passes WCAG AA in both schemes.
 */
export function notify({ title, message, color = 'green' }: Notice) {
  notifications.show({
    title,
    message,
    color,
    styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    closeButtonProps: { 'aria-label': 'Dismiss notification' },
  });
}
