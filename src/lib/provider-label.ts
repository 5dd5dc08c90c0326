import { QLIK_MANAGED_ARN, type KeyProvider, type Migration } from '../api/model.ts';
import { arnLocation } from './kms-arn.ts';

/** The region of an ARN, read by the shared ARN parser; null for the Qlik default. */
export function regionOfArn(arn: string | null | undefined): string | null {
  return arnLocation(arn ?? '')?.region || null;
}

export interface ProviderLabel {
  name: string;
  type: string;
  region: string | null;
}

export const QLIK_DEFAULT_LABEL: ProviderLabel = {
  name: 'Qlik default',
  type: 'Qlik managed',
  region: null,
};

export function labelOf(provider: KeyProvider): ProviderLabel {
  if (provider.isQlikDefault) return { ...QLIK_DEFAULT_LABEL, name: provider.name };
  return { name: provider.name, type: 'AWS KMS', region: regionOfArn(provider.arn) };
}

export const isQlikKey = (value: string) => value === QLIK_MANAGED_ARN || value.startsWith('v1:');

/** A migration end (fingerprint or ARN; `v1:…` or the managed ARN = Qlik default) as a label. */
export function resolveEnd(
  providers: KeyProvider[] | undefined,
  arnOrOpaque: string | null,
  fingerprint: string | null = null,
): ProviderLabel {
  const match = providers?.find(
    (p) => (fingerprint !== null && p.fingerprint === fingerprint) || p.arn === arnOrOpaque,
  );
  if (match) return labelOf(match);
  if (arnOrOpaque && isQlikKey(arnOrOpaque)) return QLIK_DEFAULT_LABEL;
  return { name: arnOrOpaque ?? 'Unknown key', type: 'AWS KMS', region: regionOfArn(arnOrOpaque) };
}

export function migrationEnds(providers: KeyProvider[] | undefined, migration: Migration) {
  return {
    from: resolveEnd(providers, migration.migratingFrom),
    to: resolveEnd(providers, migration.migratingTo, migration.migratingToFingerprint),
  };
}
