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

/** Type and key location: "AWS KMS · us-east-1 · account 857519135519". */
export function keyText({ provider }: KeyPeriod): string {
  if (provider.isQlikDefault) return 'Qlik managed key';
  const location = arnLocation(provider.arn);
  if (!location) return 'AWS KMS · unknown location';
  return `AWS KMS · ${location.region || 'unknown region'} · account ${location.account || 'unknown'}`;
}
