import { useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../../api/describe-error.ts';
import { forgetSession } from '../../../api/session-cache.ts';
import { signOut } from '../../../api/session.ts';
import { notify } from '../../../components/notify.ts';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation.ts';

/** Signs out, then forgets every answer of the session: the sign-in page replaces the console. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: signOut,
    onSuccess: () => {
      forgetSession(queryClient);
    },
    onError: (error) => {
      notify({ color: 'red', title: 'Sign-out failed', message: describeError(error).title });
    },
  });
}
