import { lazy, Suspense } from 'react';
import { useSession } from '../use-session.ts';

// Only consoles with sign-in load it: the first page stays as small without.
const SignedInAccount = lazy(async () => ({
  default: (await import('./SignedInAccount.tsx')).SignedInAccount,
}));

/** The header's account, in sign-in mode. */
export function AccountControls() {
  const { signInMode, session } = useSession();
  if (!signInMode || !session.data || session.data.status === 'signed-out') return null;
  return (
    <Suspense fallback={null}>
      <SignedInAccount session={session.data} />
    </Suspense>
  );
}
