import * as z from 'zod';
import type { PageQuery } from './activity-log.ts';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

const querySchema = z.object({
  limit: z
    .string()
    .regex(/^\d{1,4}$/)
    .transform(Number)
    .pipe(z.int().min(1).max(MAX_PAGE_SIZE))
    .default(DEFAULT_PAGE_SIZE),
  cursor: z.string().min(1).max(64).nullable().default(null),
});

/** `?limit=&cursor=` of `/__console/activity`, or null when either is not one. */
export function parsePageQuery(search: URLSearchParams): PageQuery | null {
  const given = {
    limit: search.get('limit') ?? undefined,
    cursor: search.get('cursor') ?? undefined,
  };
  const parsed = querySchema.safeParse(given);
  return parsed.success ? parsed.data : null;
}
