import type { KeyPeriod, PeriodEnd, PeriodStart } from '../../../lib/key-history/key-history.ts';
import { formatUtc } from '../../../lib/format-date.ts';
import { arnLocation } from '../../../lib/kms-arn.ts';

export const startText = (start: PeriodStart) =>
  start.kind === 'recorded' ? formatUtc(start.at) : 'the tenant’s start (not recorded)';

export function endText(end: PeriodEnd): string {
  if (end.kind === 'now') return 'now';
  if (end.kind === 'unknown') return 'not recorded';
  return formatUtc(end.at);
}

export const typeText = ({ provider }: KeyPeriod) =>
  provider.isQlikDefault ? 'Qlik managed' : 'AWS KMS';

export function locationText({ provider }: KeyPeriod): string {
  if (provider.isQlikDefault) return 'Qlik managed';
  const location = arnLocation(provider.arn);
  if (!location) return 'Unknown location';
  return `${location.region || 'unknown region'} · account ${location.account || 'unknown'}`;
}
