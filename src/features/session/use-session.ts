import { useQuery } from '@tanstack/react-query';
import { consoleInfoQuery } from '../../api/console-info.ts';
import { sessionQuery } from '../../api/queries.ts';

/** Whether people sign in here and, if so, their session; never asks for one otherwise. */
export function useSession() {
  const info = useQuery(consoleInfoQuery);
  const signInMode = info.data?.auth === 'signin';
  const session = useQuery({ ...sessionQuery(), enabled: signInMode });
  return { modeKnown: !info.isPending, signInMode, session };
}
