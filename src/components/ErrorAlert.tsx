import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { describeError } from '../api/describe-error.ts';
import { isSignedOut } from '../api/error-status.ts';
import { signInNavigation } from '../lib/sign-in.ts';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failure as a person reads it: what happened, what it means, what to do, then the raw details. */
export function ErrorAlert({ error, onRetry, retrying = false }: ErrorAlertProps) {
  const message = describeError(error);
  const signedOut = isSignedOut(error);
  const hasActions = signedOut || onRetry !== undefined;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={message.title}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{message.explanation}</Text>
        <Text size="sm" fw={500}>
          {message.next}
        </Text>
        {message.technical && (
          <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-word' }}>
            {message.technical}
          </Text>
        )}
        {hasActions && (
          <Group>
            {signedOut && (
              <Button
                size="xs"
                onClick={() => {
                  signInNavigation.inNewTab();
                }}
              >
                Sign in again
              </Button>
            )}
            {onRetry && (
              <Button size="xs" variant="default" onClick={onRetry} loading={retrying}>
                Try again
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
