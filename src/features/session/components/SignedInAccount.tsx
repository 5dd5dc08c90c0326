import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { signInNavigation } from '../../../lib/sign-in.ts';
import { useSignOut } from '../api/use-sign-out.ts';
import type { Session } from '../../../api/session.ts';

type OpenSession = Exclude<Session, { status: 'signed-out' }>;

/** Who is signed in, and "Sign out" (or "Sign in again" once the session ended). */
export function SignedInAccount({ session: { status, user } }: { session: OpenSession }) {
  const signOut = useSignOut();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" truncate maw={180} title={user.name}>
        <VisuallyHidden>Signed in as </VisuallyHidden>
        {user.name}
      </Text>
      {status === 'ended' && (
        <Text size="sm" fw={600} visibleFrom="sm">
          Session ended
        </Text>
      )}
      {status === 'ended' ? (
        <Button
          size="sm"
          leftSection={<IconAlertTriangle size={16} aria-hidden />}
          onClick={() => {
            signInNavigation.inNewTab();
          }}
        >
          Sign in again
        </Button>
      ) : (
        <Button
          size="sm"
          variant="default"
          loading={signOut.isPending}
          onClick={() => {
            signOut.mutate();
          }}
        >
          Sign out
        </Button>
      )}
    </Group>
  );
}
