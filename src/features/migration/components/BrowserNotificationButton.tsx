import { Button } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';

const supported = () => typeof Notification !== 'undefined';

/** Offers browser notifications for completion; hidden once decided either way. */
export function BrowserNotificationButton() {
  const [permission, setPermission] = useState(() =>
    supported() ? Notification.permission : 'denied',
  );
  if (permission !== 'default') return null;
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconBell size={16} aria-hidden />}
      onClick={() => {
        void Notification.requestPermission().then(setPermission);
      }}
    >
      Notify me in the browser when it completes
    </Button>
  );
}
