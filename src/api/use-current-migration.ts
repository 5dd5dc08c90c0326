import { useQuery } from '@tanstack/react-query';
import { migrationDetailsQuery } from './queries.ts';

/**
 * The migration as the header's poller last saw it, for any view. Never fetches on its own (a
 * second observer with its own interval would double the polling); `refetch` is for "Try again".
 */
export function useCurrentMigration() {
  return useQuery({ ...migrationDetailsQuery(), enabled: false });
}
