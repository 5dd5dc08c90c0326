import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { queryKeys } from '../api/queries.ts';
import { clearValidations } from '../api/validation-log.ts';
import { paths } from '../config/paths.ts';

const isConsoleInfo = (queryKey: readonly unknown[]) => queryKey[0] === queryKeys.consoleInfo[0];

/**
 * After the simulated tenant is swapped for another (scenario, reset): nothing cached about the
 * old one may remain on screen, so every query starts over and the console returns to its table.
 * The console's own description is refreshed in place (its region changes with the scenario): the
 * session gate shows nothing while it has none, which would close the presenter panel.
 */
export function useReplaceTenant() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (replace: () => Promise<void>) => {
    await replace();
    clearValidations();
    await navigate(paths.providers);
    await Promise.all([
      queryClient.resetQueries({ predicate: (query) => !isConsoleInfo(query.queryKey) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.consoleInfo }),
    ]);
  };
}
