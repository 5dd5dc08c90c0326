import { Suspense } from 'react';
import { lazyView } from '../../../components/mantine/lazy-view.tsx';
import { useSession } from '../use-session.ts';

// Only consoles with sign-in load it: the first page stays as small without.
const SignedInAccount = lazyView(
  async () => (await import('./SignedInAccount.tsx')).SignedInAccount,
);

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
