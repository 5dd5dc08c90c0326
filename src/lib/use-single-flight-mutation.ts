import {
  useMutation,
  type DefaultError,
  type MutateOptions,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { prepareNotifications, useNotificationsSoon } from '../components/notify.ts';

/**
 * A mutation that cannot be sent twice while it runs. React Query re-renders the locked button a
 * tick after `mutate`, so a double click or a second Enter would otherwise slip through.
 */
export function useSingleFlightMutation<TData, TVariables = void, TError = DefaultError>(
  options: UseMutationOptions<TData, TError, TVariables>,
) {
  const mutation = useMutation(options);
  // A change ends with a notice: its code loads once the view is idle, at the latest with the request.
  useNotificationsSoon();
  const inFlight = useRef(false);
  const { mutate: send } = mutation;
  const mutate = useCallback(
    (variables: TVariables, callbacks?: MutateOptions<TData, TError, TVariables>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      prepareNotifications();
      send(variables, {
        ...callbacks,
        onSettled: (...args) => {
          inFlight.current = false;
          callbacks?.onSettled?.(...args);
        },
      });
    },
    [send],
  );
  return { ...mutation, mutate };
}
