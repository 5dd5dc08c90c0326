import type { MantineColorScheme, MantineColorSchemeManager } from '@mantine/core';
import { useSyncExternalStore } from 'react';

// The colour scheme without MantineProvider: the first visit renders none (docs/ARCHITECTURE.md,
// "The first visit"). The same storage as Mantine's localStorageColorSchemeManager (its key and
// values), the same attribute on <html>; the MantineProviders of later views read and write it
// through `colorSchemeManager()`, so a change anywhere shows everywhere.
const KEY = 'mantine-color-scheme-value';
const ATTRIBUTE = 'data-mantine-color-scheme';
const DEFAULT: MantineColorScheme = 'auto';

const isScheme = (value: unknown): value is MantineColorScheme =>
  value === 'light' || value === 'dark' || value === 'auto';

/** The chosen scheme: light, dark or auto (the system's). */
export function storedColorScheme(): MantineColorScheme {
  try {
    const value = window.localStorage.getItem(KEY);
    return isScheme(value) ? value : DEFAULT;
  } catch {
    return DEFAULT;
  }
}

const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');

/** The scheme the page shows: the chosen one, or the system's for auto. */
export function computedColorScheme(): 'light' | 'dark' {
  const scheme = storedColorScheme();
  if (scheme !== 'auto') return scheme;
  return systemDark().matches ? 'dark' : 'light';
}

const listeners = new Set<() => void>();

function show() {
  document.documentElement.setAttribute(ATTRIBUTE, computedColorScheme());
  for (const listener of listeners) listener();
}

let watching = false;

/**
 * Shows the chosen scheme on <html> (before the first render: no flash of the other scheme) and
 * follows the system's scheme and other tabs from then on.
 */
export function startColorScheme() {
  show();
  if (watching) return;
  watching = true;
  systemDark().addEventListener('change', show);
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) show();
  });
}

export function setColorScheme(scheme: MantineColorScheme) {
  try {
    window.localStorage.setItem(KEY, scheme);
  } catch {
    // Private mode without storage: the page still switches, the choice is not remembered.
  }
  show();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The scheme the page shows, re-rendering when it changes. */
export function useComputedColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, computedColorScheme, () => 'light');
}

/**
 * For a MantineProvider: reads and writes the same choice and hears changes made elsewhere (the
 * header's toggle, other tabs). It passes on only a value it has not seen: the provider's own
 * `set` comes back through the listeners and would otherwise call the provider again, forever.
 */
export function colorSchemeManager(): MantineColorSchemeManager {
  let seen: MantineColorScheme | undefined;
  let stop: (() => void) | undefined;
  return {
    get: () => (seen = storedColorScheme()),
    set: (scheme) => {
      seen = scheme;
      setColorScheme(scheme);
    },
    subscribe: (onUpdate) => {
      stop?.();
      stop = subscribe(() => {
        const scheme = storedColorScheme();
        if (scheme === seen) return;
        seen = scheme;
        onUpdate(scheme);
      });
    },
    unsubscribe: () => {
      stop?.();
      stop = undefined;
    },
    clear: () => {
      seen = DEFAULT;
      setColorScheme(DEFAULT);
    },
  };
}
