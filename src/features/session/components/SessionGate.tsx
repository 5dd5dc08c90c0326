import { Center, Loader } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useDeferredValue } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useSession } from '../use-session.ts';

// Only signed-out visitors of a console with sign-in load it: the first page stays as small without.
const SignInPage = lazy(async () => ({ default: (await import('./SignInPage.tsx')).SignInPage }));

function Checking() {
  return (
    <Center style={{ height: '100vh' }}>
      <Loader aria-label="Loading the console" />
    </Center>
  );
}

/**
 * In sign-in mode the console shows only to someone signed in; a session that ends later keeps it
 * on screen (see `Session`). Without sign-in, or when the mode is unknown, it shows as always.
 */
export function SessionGate({
  children,
  pending = <Checking />,
}: {
  children: ReactNode;
  /** Shown until the mode (and in sign-in mode the session) is known. */
  pending?: ReactNode;
}) {
  const { modeKnown, signInMode, session } = useSession();
  // The console (header, navigation, first view) mounts in a transition React slices: no long task.
  const shown = useDeferredValue(modeKnown);
  if (!shown) return pending;
  if (!signInMode) return children;
  if (session.data?.status === 'signed-out') {
    return (
      <Suspense fallback={<Checking />}>
        <SignInPage />
      </Suspense>
    );
  }
  if (session.data) return children;
  if (session.isError) {
    return (
      <Center component="main" style={{ minHeight: '100vh', padding: 'var(--mantine-spacing-md)' }}>
        <ErrorAlert
          error={session.error}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
        />
      </Center>
    );
  }
  return pending;
}
