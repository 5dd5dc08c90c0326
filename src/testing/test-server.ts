import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ScenarioName } from '../../simulator/contract.ts';
import { createSimulator } from '../../simulator/index.ts';
import { simulatorHandlers } from '../../simulator/msw.ts';

/** One MSW server for the DOM tests; each test gets a fresh simulated tenant via `useSimulatedTenant`. */
export const testServer = setupServer();

export function useSimulatedTenant(scenario: ScenarioName = 'default') {
  const simulator = createSimulator({ scenario, migrationDurationMs: 1000 });
  testServer.use(
    ...simulatorHandlers(simulator),
    http.get('*/__console/info', () =>
      HttpResponse.json({ mode: 'simulator', tenantUrl: null, readOnly: false }),
    ),
  );
  return simulator;
}
