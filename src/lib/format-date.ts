const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A normalised date for people; `fallback` for "never" (null). */
export function formatDate(iso: string | null, fallback = '—'): string {
  return iso ? formatter.format(new Date(iso)) : fallback;
}

const dayFormatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The day only, for dense tables; the detail view shows the time. */
export function formatDay(iso: string | null, fallback = '—'): string {
  return iso ? dayFormatter.format(new Date(iso)) : fallback;
}

const timeFormatter = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** The time of day, for things that happened in this session. */
export function formatTime(at: Date | number): string {
  return timeFormatter.format(at);
}
