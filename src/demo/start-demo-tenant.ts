import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createSimulator } from '../../simulator/index.ts';
import { simulatorHandlers } from '../../simulator/msw.ts';

/** Demo build: the simulated tenant answers inside the browser, nothing leaves the page. */
export async function startDemoTenant() {
  const simulator = createSimulator();
  const worker = setupWorker(
    ...simulatorHandlers(simulator),
    http.get('/__console/info', () =>
      HttpResponse.json({ mode: 'simulator', tenantUrl: null, readOnly: false }),
    ),
  );
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
