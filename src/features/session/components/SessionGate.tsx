import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useSession } from '../use-session.ts';
import { SignInPage } from './SignInPage.tsx';

function Checking() {
  return (
    <Center h="100vh">
      <Loader aria-label="Loading the console" />
    </Center>
  );
}

/**
 * In sign-in mode the console shows only to someone signed in; a session that ends later keeps it
 * on screen (see `Session`). Without sign-in, or when the mode is unknown, it shows as always.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { modeKnown, signInMode, session } = useSession();
  if (!modeKnown) return <Checking />;
  if (!signInMode) return children;
  if (session.data) return session.data.status === 'signed-out' ? <SignInPage /> : children;
  if (session.isError) {
    return (
      <Center component="main" mih="100vh" p="md">
        <ErrorAlert
          error={session.error}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
        />
      </Center>
    );
  }
  return <Checking />;
}
