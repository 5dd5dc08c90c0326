import { test as base } from '@playwright/test';
import {
  FLEET_ACME_KEY,
  FLEET_ACME_SIM_URL,
  FLEET_GLOBEX_SIM_KEY,
  FLEET_GLOBEX_SIM_URL,
} from './servers.ts';
import { SimulatorControl } from './simulator.ts';

interface FleetFixtures {
  /** acme's standalone simulator (API key), reset to `default` before each test. */
  acme: SimulatorControl;
  /** globex's standalone simulator (M2M client), reset to `fresh` (the Qlik default) before each test. */
  globex: SimulatorControl;
}

/** Tests of the fleet project: its own two simulators, never the main one. */
export const test = base.extend<FleetFixtures>({
  acme: [
    async ({ request }, use) => {
      const acme = new SimulatorControl(request, {
        url: FLEET_ACME_SIM_URL,
        apiKey: FLEET_ACME_KEY,
      });
      await acme.loadScenario('default');
      await use(acme);
    },
    { auto: true },
  ],
  globex: [
    async ({ request }, use) => {
      const address = { url: FLEET_GLOBEX_SIM_URL, apiKey: FLEET_GLOBEX_SIM_KEY };
      const globex = new SimulatorControl(request, address);
      await globex.loadScenario('fresh');
      await use(globex);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
