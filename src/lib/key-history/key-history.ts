import type { KeyProvider, Migration } from '../../api/model.ts';

/** When a period ends: still current, a date the API recorded, one we infer, or not known. */
export type PeriodEnd =
  | { kind: 'now' }
  | { kind: 'recorded'; at: string }
  | { kind: 'inferred'; at: string }
  | { kind: 'unknown' };

/** When a period starts: the promotion date the API recorded, or the tenant's start (not recorded). */
export type PeriodStart = { kind: 'recorded'; at: string } | { kind: 'tenant-start' };

export interface KeyPeriod {
  provider: KeyProvider;
  start: PeriodStart;
  end: PeriodEnd;
}

export interface UnplacedProvider {
  provider: KeyProvider;
  reason: string;
}

export interface KeyHistory {
  /** Newest first. */
  periods: KeyPeriod[];
  /** Keys that were current at some time the API does not let us place. */
  unplaced: UnplacedProvider[];
  /** The last migration, when the tenant ever ran one. */
  migration: Migration | null;
}

interface Promotion {
  provider: KeyProvider;
  at: string;
}

const time = (iso: string) => Date.parse(iso);

/** Equal promotion times: the key that is current now (or was demoted later) came last. */
function byPromotion(a: Promotion, b: Promotion): number {
  const difference = time(a.at) - time(b.at);
  if (difference !== 0) return difference;
  if (a.provider.current !== b.provider.current) return a.provider.current ? 1 : -1;
  const demotedA = a.provider.demotedFromCurrentAt;
  const demotedB = b.provider.demotedFromCurrentAt;
  if (demotedA && demotedB) return time(demotedA) - time(demotedB);
  return demotedA ? -1 : demotedB ? 1 : 0;
}

function endOf(promotion: Promotion, next: Promotion | undefined): PeriodEnd {
  const { provider } = promotion;
  if (provider.current) return { kind: 'now' };
  if (provider.demotedFromCurrentAt) return { kind: 'recorded', at: provider.demotedFromCurrentAt };
  if (next) return { kind: 'inferred', at: next.at };
  return { kind: 'unknown' };
}

function unplacedReason(provider: KeyProvider): string | null {
  if (provider.promotedToCurrentAt) return null;
  if (provider.current) {
    return 'It is the current key, but the tenant did not record when it became current.';
  }
  if (provider.demotedFromCurrentAt) {
    return 'The tenant recorded when it stopped being current, but not when it became current.';
  }
  return null;
}

/**
 * Tenants start on the Qlik managed key. When the earliest recorded promotion is another key's,
 * the Qlik default was current before it; the tenant keeps only its latest promotion date.
 */
function initialQlikPeriod(providers: KeyProvider[], first: Promotion | undefined) {
  const qlikDefault = providers.find((provider) => provider.isQlikDefault);
  if (!qlikDefault || !first || first.provider.isQlikDefault) return null;
  const period: KeyPeriod = {
    provider: qlikDefault,
    start: { kind: 'tenant-start' },
    end: { kind: 'inferred', at: first.at },
  };
  return period;
}

/** Which key was current when, from the providers' dates and the last migration. */
export function buildKeyHistory(
  providers: KeyProvider[],
  migration: Migration | null = null,
): KeyHistory {
  const promotions = providers
    .filter((provider) => provider.promotedToCurrentAt !== null)
    .map((provider) => ({ provider, at: provider.promotedToCurrentAt ?? '' }))
    .sort(byPromotion);
  const periods: KeyPeriod[] = promotions.map((promotion, index) => ({
    provider: promotion.provider,
    start: { kind: 'recorded', at: promotion.at },
    end: endOf(promotion, promotions[index + 1]),
  }));
  const initial = initialQlikPeriod(providers, promotions[0]);
  if (initial) periods.unshift(initial);
  const unplaced = providers.flatMap((provider) => {
    const reason = unplacedReason(provider);
    return reason ? [{ provider, reason }] : [];
  });
  return { periods: periods.reverse(), unplaced, migration };
}

/** The end a table shows for a provider that is no longer current, when the API left it blank. */
export function inferredDemotions(history: KeyHistory): Map<string, string> {
  const inferred = new Map<string, string>();
  for (const period of history.periods) {
    if (period.end.kind !== 'inferred' || period.start.kind !== 'recorded') continue;
    inferred.set(period.provider.fingerprint, period.end.at);
  }
  return inferred;
}

function startTime(period: KeyPeriod): number {
  return period.start.kind === 'recorded' ? time(period.start.at) : -Infinity;
}

function endTime(period: KeyPeriod): number | null {
  switch (period.end.kind) {
    case 'now':
      return Infinity;
    case 'unknown':
      return null;
    default:
      return time(period.end.at);
  }
}

/** The period that covers `at` (an instant), or undefined when no recorded key was current then. */
export function periodAt(history: KeyHistory, at: number): KeyPeriod | undefined {
  return history.periods.find((period) => {
    const end = endTime(period);
    return startTime(period) <= at && end !== null && at < end;
  });
}
