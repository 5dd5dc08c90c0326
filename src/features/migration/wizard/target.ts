import type { KeyProvider } from '../../../api/model.ts';

export const QLIK_DEFAULT_TARGET = 'qlik-default';
export const WIZARD_STEPS = ['target', 'preflight', 'confirm'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export type MigrationTarget =
  | { kind: 'qlik-default'; provider: KeyProvider | undefined }
  | { kind: 'provider'; provider: KeyProvider };

/** Every provider that is not current can be a target; the Qlik default goes through reset. */
export function targetOptions(providers: KeyProvider[]): KeyProvider[] {
  return providers.filter((p) => !p.current);
}

export function targetParam(provider: KeyProvider): string {
  return provider.isQlikDefault ? QLIK_DEFAULT_TARGET : provider.fingerprint;
}

export function resolveTarget(
  providers: KeyProvider[],
  param: string | null,
): MigrationTarget | null {
  if (!param) return null;
  const qlik = providers.find((p) => p.isQlikDefault);
  if (param === QLIK_DEFAULT_TARGET || (qlik && param === qlik.fingerprint)) {
    return { kind: 'qlik-default', provider: qlik };
  }
  const provider = providers.find((p) => p.fingerprint === param);
  return provider ? { kind: 'provider', provider } : null;
}

export function readStep(value: string | null, hasTarget: boolean): WizardStep {
  if (!hasTarget) return 'target';
  return WIZARD_STEPS.find((step) => step === value) ?? 'target';
}
