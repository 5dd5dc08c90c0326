import { Stack, Title } from '@mantine/core';
import type { FallbackProps } from 'react-error-boundary';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

/** Last line of defence for a view that crashed: say so, keep the layout, offer a reload. */
export function RouteError({ error }: FallbackProps) {
  return (
    <Stack>
      <Title order={1}>This view failed</Title>
      <ErrorAlert
        error={error}
        onRetry={() => {
          window.location.reload();
        }}
      />
    </Stack>
  );
}
