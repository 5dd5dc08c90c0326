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

// One unambiguous 24-hour form in UTC, the same zone as the audit export.
const utcFormatter = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** "21 Jun 2023 18:59 UTC"; `fallback` for "never" and for anything that is not a date. */
export function formatUtc(at: string | number | null, fallback = '—'): string {
  const time = typeof at === 'string' ? Date.parse(at) : at;
  if (time === null || !Number.isFinite(time)) return fallback;
  return `${utcFormatter.format(time).replace(',', '')} UTC`;
}
