import { formatUtc } from '../../../lib/format-date.ts';
import { periodAt, type KeyHistory, type KeyPeriod } from '../../../lib/key-history/key-history.ts';

export interface CurrentOn {
  period: KeyPeriod | undefined;
  /** The answer in words, for the live region. */
  sentence: string;
}

/** Reads the picker's `YYYY-MM-DDTHH:mm` as UTC, the zone every date on the page is in. */
export function parsePickedUtc(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const at = Date.parse(`${value}:00Z`);
  return Number.isNaN(at) ? null : at;
}

/** Which key covered the instant, said as a sentence. */
export function currentOn(history: KeyHistory, at: number): CurrentOn {
  const period = periodAt(history, at);
  const when = formatUtc(at);
  if (!period) {
    return {
      period,
      sentence: `The history cannot tell which key was current on ${when}: the tenant recorded no date that covers it.`,
    };
  }
  const notes = [
    period.end.kind === 'now' ? 'still current' : null,
    period.end.kind === 'inferred' ? 'period end inferred' : null,
    period.start.kind === 'tenant-start' ? 'period start not recorded' : null,
  ].filter(Boolean);
  const suffix = notes.length ? ` (${notes.join(', ')})` : '';
  return { period, sentence: `On ${when} the current key was ${period.provider.name}${suffix}.` };
}
