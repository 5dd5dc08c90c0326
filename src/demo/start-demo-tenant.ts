import { createSimulator } from '../../simulator/index.ts';
import { setTransport } from '../api/transport.ts';
import { demoControl, type DemoControl } from './demo-control.ts';
import { openDemoStateStore } from './demo-state-store.ts';
import { inPageTenant } from './in-page-tenant.ts';
import { DEMO_START } from './presenter-options.ts';

export interface DemoTenant {
  control: DemoControl;
  /** A state saved by an older build was thrown away: the presenter should know why. */
  discardedSavedState: boolean;
}

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Demo build: the simulated tenant answers inside the page, and its state survives a reload. */
export function startDemoTenant(): DemoTenant {
  const store = openDemoStateStore(browserStorage());
  const simulator = createSimulator({ store, ...DEMO_START });
  setTransport(inPageTenant(simulator));
  return { control: demoControl(simulator), discardedSavedState: store.discardedSavedState };
}
