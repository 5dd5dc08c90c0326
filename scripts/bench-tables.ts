// Interaction benchmark of the provider table at 1,000 rows (not part of the test gate): the built
// console on the simulated tenant's `large` scenario, typing in the search box and clicking the
// sort headers, each interaction measured from its event to the frame that paints the result
// (see bench/measure-interactions.ts). Reports the median and p95 of each kind.
//   CMK_OUT_DIR=dist-pt npm run build && CMK_OUT_DIR=dist-pt npm run bench:tables
// BENCH_TABLE=fleet measures the fleet overview instead, with 1,000 simulated tenants (SIM_FLEET).
import type { Page } from '@playwright/test';
import { INSTALL_MEASUREMENT, REACT_COMMIT_HOOK } from './bench/measure-interactions.ts';
import {
  APP,
  launchChromium,
  loadScenario,
  machineLoad,
  percentile,
  run,
  startConsole,
} from './bench/console.ts';

const FLEET = process.env.BENCH_TABLE === 'fleet';

/** Each character typed is one interaction; so is clearing the box. */
const QUERIES = FLEET
  ? ['tenant-9', 'qlik', 'acme', 'cmk']
  : ['finance', 'alias/', 'us-west-2', '857519'];
const SORT_HEADERS = FLEET
  ? ['Tenant', 'Current key', 'Key providers', 'Migration', 'Status']
  : ['Name', 'Type', 'Status', 'Key location', 'Created', 'Promoted / demoted'];
const SORT_ROUNDS = 2;

const settled = (page: Page) => page.evaluate<number>('window.__bench.pending');

async function typeAndClear(page: Page, query: string) {
  for (const character of query) {
    await page.keyboard.type(character);
    await settled(page);
  }
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await settled(page);
}

async function clickHeaders(page: Page) {
  for (const header of SORT_HEADERS) {
    // CSS locators: role queries compute accessible names over 1,000 rows, which takes minutes.
    const button = page.locator('thead th button', { hasText: header });
    for (let i = 0; i < 2; i++) {
      await button.click();
      await settled(page);
    }
  }
}

function report(kind: string, values: number[]) {
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `${kind.padEnd(7)} n=${values.length}  median ${fmt(percentile(values, 0.5))}  ` +
      `p95 ${fmt(percentile(values, 0.95))}  min ${fmt(Math.min(...values))}  max ${fmt(Math.max(...values))}`,
  );
}

async function open(page: Page) {
  const loadStart = Date.now();
  await page.goto(`${APP}/`);
  if (FLEET) {
    // Every tenant's first answer (the page's own mark), so that the measured rounds see a settled table.
    await page.waitForFunction(
      () => performance.getEntriesByName('cmk:fleet-filled').length > 0,
      undefined,
      { timeout: 120_000 },
    );
    console.log(`1,000 tenants: every row filled ${Date.now() - loadStart} ms after navigation`);
    await page.getByRole('textbox', { name: 'Search tenants' }).click();
    return;
  }
  // CSS, not a role query: accessible names over 1,000 rendered rows take Playwright seconds.
  await page.locator('tbody th', { hasText: 'Qlik Internal Kms' }).waitFor({ timeout: 60_000 });
  console.log(`1,000 providers: table shown ${Date.now() - loadStart} ms after navigation`);
  await page.getByRole('textbox', { name: 'Search key providers' }).click();
}

async function main() {
  await startConsole(FLEET ? { SIM_FLEET: '1000' } : {});
  if (!FLEET) await loadScenario('large');
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(REACT_COMMIT_HOOK);
  const page = await context.newPage();
  await open(page);
  // One unmeasured round first, so that the measured ones do not pay for the JIT warming up.
  await page.evaluate(INSTALL_MEASUREMENT);
  await typeAndClear(page, 'x');
  await page.evaluate('window.__bench.results.length = 0');
  for (const query of QUERIES) await typeAndClear(page, query);
  for (let round = 0; round < SORT_ROUNDS; round++) await clickHeaders(page);
  const results =
    await page.evaluate<{ kind: string; duration: number }[]>('window.__bench.results');
  await browser.close();
  console.log(`load average (1/5/15 min) at the end: ${machineLoad()}`);
  for (const kind of ['search', 'sort']) {
    report(
      kind,
      results.filter((r) => r.kind === kind).map((r) => r.duration),
    );
  }
}

void run(main);
