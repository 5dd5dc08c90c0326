import { Alert, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { consoleInfoQuery, tenantLabel } from '../../../api/console-info.ts';
import { signInNavigation } from '../../../lib/sign-in.ts';
import { signInErrorMessage } from '../sign-in-error-message.ts';

/** The server sends a failed sign-in back here with a code (`sign-in-error-message.ts`). */
const SIGN_IN_ERROR = 'signin_error';

/** Where the sign-in brings the person back: this address, without the last failure's reason. */
function useReturnPath(): string {
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  params.delete(SIGN_IN_ERROR);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export function SignInPage() {
  const { data: info } = useQuery(consoleInfoQuery);
  const [searchParams] = useSearchParams();
  const failure = searchParams.get(SIGN_IN_ERROR);
  const returnPath = useReturnPath();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder p="xl" radius="md" w="100%" maw={440}>
        <Stack>
          <Title order={1} ref={heading} tabIndex={-1}>
            Encryption keys
          </Title>
          <Text>
            Sign in with your own Qlik Cloud account to manage the encryption keys of{' '}
            <strong>{tenantLabel(info)}</strong>.
          </Text>
          {failure && (
            <Alert
              color="red"
              variant="light"
              role="alert"
              title="Sign-in did not complete"
              icon={<IconAlertTriangle aria-hidden />}
            >
              {signInErrorMessage(failure)}
            </Alert>
          )}
          <Button
            size="md"
            onClick={() => {
              signInNavigation.here(returnPath);
            }}
          >
            Sign in with Qlik Cloud
          </Button>
          <Text size="sm" c="dimmed">
            Changing keys needs the tenant admin role on this tenant.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
