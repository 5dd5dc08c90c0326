import { Anchor, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';

/** Where "Sign in again" lands in its own tab; the work waits in the console's tab. */
export function SignedInAgainPage() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder p="xl" radius="md" w="100%" maw={440}>
        <Stack>
          <Title order={1} ref={heading} tabIndex={-1}>
            You are signed in again
          </Title>
          <Text>Close this tab and go back to the console.</Text>
          <Text size="sm" c="dimmed">
            What you typed there is still there: send it again. No console tab open any more?{' '}
            <Anchor component={Link} to={paths.providers}>
              Open the console here
            </Anchor>
            .
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
