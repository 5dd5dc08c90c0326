import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { CMK_01, registerKey } from './support/migration.ts';
import type { SimulatorControl } from './support/simulator.ts';

async function validations(tenant: SimulatorControl): Promise<number> {
  const log = await tenant.requests();
  return log.filter((r) => r.method === 'POST' && r.path.endsWith('/actions/test')).length;
}

/** What makes a query refetch by itself: the tab hidden and shown, the window blurred and focused. */
async function leaveAndComeBack(page: Page) {
  await page.evaluate(() => {
    for (const state of ['hidden', 'visible']) {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    }
    window.dispatchEvent(new Event('blur'));
    window.dispatchEvent(new Event('focus'));
  });
  const other = await page.context().newPage();
  await other.goto('/');
  await other.close();
  await page.bringToFront();
}

test.describe('preflight validation', () => {
  test('validates once when the step opens; focus, time and the next step send nothing', async ({
    page,
    tenant,
  }) => {
    await page.clock.install();
    await tenant.clearRequests();
    await test.step('opening the preflight step validates the key once', async () => {
      await page.goto(`/migration/new?target=${CMK_01.fingerprint}`);
      await page.getByRole('button', { name: 'Next: preflight checks' }).click();
      await expect(page.getByText('The key is valid and DR compliant.')).toBeVisible();
      await expect.poll(() => validations(tenant)).toBe(1);
    });
    await test.step('two minutes later the person comes back to the window', async () => {
      await page.clock.fastForward('02:00');
      await leaveAndComeBack(page);
      await page.clock.runFor('00:05');
      await expect(page.getByText('The key is valid and DR compliant.')).toBeVisible();
      expect(await validations(tenant)).toBe(1);
    });
    await test.step('the confirm step reuses the result', async () => {
      await page.getByRole('button', { name: 'Next: confirm' }).click();
      await page.getByRole('checkbox', { name: /I understand/ }).check();
      await expect(page.getByRole('button', { name: 'Start migration' })).toBeEnabled();
      await leaveAndComeBack(page);
      expect(await validations(tenant)).toBe(1);
    });
    await test.step('going back to preflight is a new request: one more', async () => {
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(page.getByText('The key is valid and DR compliant.')).toBeVisible();
      await expect.poll(() => validations(tenant)).toBe(2);
    });
  });

  test('"run the checks again" sends exactly one validation per click', async ({
    page,
    tenant,
  }) => {
    const fingerprint = await registerKey(
      page,
      'Not DR',
      'arn:aws:kms:us-east-1:123456789012:alias/sim-not-dr-compliant',
    );
    await tenant.clearRequests();
    await page.goto(`/migration/new?target=${fingerprint}&step=preflight`);
    await expect(page.getByRole('alert')).toContainText('The key is not DR compliant');
    await expect.poll(() => validations(tenant)).toBe(1);

    await leaveAndComeBack(page);
    await page.getByRole('button', { name: 'Run the checks again' }).dblclick();
    await expect(page.getByRole('alert')).toContainText('The key is not DR compliant');
    await expect(page.getByRole('button', { name: 'Run the checks again' })).toBeEnabled();
    await expect.poll(() => validations(tenant)).toBe(2);
  });
});
