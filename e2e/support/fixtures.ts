import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { SimulatorControl } from './simulator.ts';

interface Fixtures {
  /** The simulated tenant behind the proxy, reset to the `default` scenario for each test. */
  tenant: SimulatorControl;
}

export const test = base.extend<Fixtures>({
  tenant: [
    async ({ request }, use) => {
      const tenant = new SimulatorControl(request);
      await tenant.loadScenario('default');
      await use(tenant);
    },
    { auto: true },
  ],
});

export { expect };

/** WCAG 2.2 AA violations on the page (or in `within`) as it is now; fails the test with their list. */
export async function expectNoAxeViolations(page: Page, within?: string) {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
  ]);
  const results = await (within ? builder.include(within) : builder).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

export async function useColorScheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
}
