import { useSyncExternalStore } from 'react';
import type { KeyProvider } from './model.ts';

export interface Validation {
  at: Date;
  provider: KeyProvider;
}

/** Validations of this browser session (the API does not keep when a key was last tested). */
const validations = new Map<string, Validation>();
const listeners = new Set<() => void>();

export function recordValidation(fingerprint: string, provider: KeyProvider, at = new Date()) {
  validations.set(fingerprint, { at, provider });
  listeners.forEach((listener) => {
    listener();
  });
}

/** Forgets every result, for when the tenant behind the console is replaced (the demo's scenarios). */
export function clearValidations() {
  validations.clear();
  listeners.forEach((listener) => {
    listener();
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLastValidation(fingerprint: string): Validation | undefined {
  return useSyncExternalStore(subscribe, () => validations.get(fingerprint));
}

/** Whether Qlik Cloud can use the key as validated: DR compliant and no problem reported. */
export function passedValidation(provider: KeyProvider): boolean {
  return provider.drCompliant !== false && provider.complianceProblems.length === 0;
}
