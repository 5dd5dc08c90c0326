import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { clearValidations } from '../api/validation-log.ts';
import { paths } from '../config/paths.ts';

/**
 * After the simulated tenant is swapped for another (scenario, reset): nothing cached about the
 * old one may remain on screen, so every query starts over and the console returns to its table.
 */
export function useReplaceTenant() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (replace: () => Promise<void>) => {
    await replace();
    clearValidations();
    await navigate(paths.providers);
    await queryClient.resetQueries();
  };
}
