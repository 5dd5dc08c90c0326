const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A normalised date for people; `fallback` for "never" (null). */
export function formatDate(iso: string | null, fallback = '—'): string {
  return iso ? formatter.format(new Date(iso)) : fallback;
}
