import type { SimulatorStore } from '../../simulator/contract.ts';

/**
 * Bump when the simulator's snapshot changes shape: a presenter's state saved by an older build is
 * then discarded (with a notice) instead of being fed to code that no longer understands it.
 */
export const DEMO_STATE_VERSION = 1;
export const DEMO_STATE_KEY = 'cmk-console-demo-state';

interface SavedState {
  version: number;
  snapshot: unknown;
}

export interface DemoStateStore extends SimulatorStore {
  /** Whether a saved state was found but thrown away (older version or unreadable). */
  readonly discardedSavedState: boolean;
}

/** The simulated tenant's state in the browser, so a reload continues the presenter's story. */
export function openDemoStateStore(storage: Storage | undefined): DemoStateStore {
  const { snapshot, discarded } = readSaved(storage);
  let pending = snapshot;
  return {
    discardedSavedState: discarded,
    load: () => {
      const loaded = pending;
      pending = undefined;
      return loaded;
    },
    save: (next) => {
      try {
        storage?.setItem(
          DEMO_STATE_KEY,
          JSON.stringify({ version: DEMO_STATE_VERSION, snapshot: next }),
        );
      } catch {
        // Storage full or refused (private browsing): the demo still works, only without reloads.
      }
    },
  };
}

function readSaved(storage: Storage | undefined): { snapshot: unknown; discarded: boolean } {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(DEMO_STATE_KEY) ?? null;
  } catch {
    return { snapshot: undefined, discarded: false };
  }
  if (raw === null) return { snapshot: undefined, discarded: false };
  const saved = parse(raw);
  if (saved?.version === DEMO_STATE_VERSION) return { snapshot: saved.snapshot, discarded: false };
  try {
    storage?.removeItem(DEMO_STATE_KEY);
  } catch {
    // Nothing more to do: the next save overwrites it.
  }
  return { snapshot: undefined, discarded: true };
}

function parse(raw: string): SavedState | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || !('version' in value)) return undefined;
    return value as SavedState;
  } catch {
    return undefined;
  }
}
