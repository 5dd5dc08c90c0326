import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, useColorScheme } from './support/fixtures.ts';
import { CMK_01, progressBar } from './support/migration.ts';

async function capture(page: Page, name: string, scheme: string) {
  await expectNoAxeViolations(page);
  await page.screenshot({
    path: `test-results/screens/migration-${name}-${scheme}.png`,
    fullPage: true,
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`migration screens in the ${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await useColorScheme(page, scheme);
    });

    test('every wizard step and the monitor have no violations', async ({ page, tenant }) => {
      test.setTimeout(60_000);
      await tenant.setMigrationDuration(10_000);
      await test.step('target', async () => {
        await page.goto(`/migration/new?target=${CMK_01.fingerprint}`);
        await expect(page.getByLabel('From CMK - 02 to CMK - 01')).toBeVisible();
        await capture(page, 'target', scheme);
        await page.getByRole('button', { name: 'Next: preflight checks' }).click();
      });
      await test.step('preflight', async () => {
        await expect(page.getByText('The key is valid and DR compliant.')).toBeVisible();
        await expect(page.getByText('No migration is running.')).toBeVisible();
        await capture(page, 'preflight', scheme);
        await page.getByRole('button', { name: 'Next: confirm' }).click();
      });
      await test.step('confirm', async () => {
        await page.getByRole('checkbox', { name: /I understand/ }).check();
        await capture(page, 'confirm', scheme);
        await page.getByRole('button', { name: 'Start migration' }).click();
      });
      await test.step('monitor while running', async () => {
        await expect
          .poll(async () => Number(await progressBar(page).getAttribute('aria-valuenow')))
          .toBeGreaterThan(20);
        await expect(page.getByText(/^about /)).toBeVisible();
        await capture(page, 'monitor-running', scheme);
      });
      await test.step('monitor when completed', async () => {
        await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '100', {
          timeout: 15_000,
        });
        await page.waitForTimeout(500);
        await capture(page, 'monitor-completed', scheme);
      });
    });

    test('the preflight failure and the empty monitor have no violations', async ({
      page,
      tenant,
    }) => {
      const response = await page.request.post('/api/v1/encryption/keyproviders', {
        data: {
          name: 'Not DR',
          arn: 'arn:aws:kms:us-east-1:123456789012:alias/sim-not-dr-compliant',
          keyprovider: 'AWS-KMS',
        },
      });
      const { arnFingerPrint } = (await response.json()) as { arnFingerPrint: string };
      await page.goto(`/migration/new?target=${arnFingerPrint}&step=preflight`);
      await expect(page.getByRole('alert')).toContainText('Encryption-88');
      await capture(page, 'preflight-failed', scheme);
      await tenant.loadScenario('fresh');
      await page.goto('/migration');
      await expect(page.getByRole('heading', { name: /No migration has run/ })).toBeVisible();
      await capture(page, 'monitor-empty', scheme);
    });
  });
}

test('keyboard only: migrate from the target step to the monitor', async ({ page }) => {
  await page.goto(`/migration/new?target=${CMK_01.fingerprint}`);
  const next = page.getByRole('button', { name: 'Next: preflight checks' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('No migration is running.')).toBeVisible();
  // The button waits for both checks (the key's validation answers on its own time).
  const confirm = page.getByRole('button', { name: 'Next: confirm' });
  await expect(confirm).toBeEnabled();
  await confirm.focus();
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '3. Confirm the migration' })).toBeFocused();
  const checkbox = page.getByRole('checkbox', { name: /I understand/ });
  for (
    let i = 0;
    i < 10 && !(await checkbox.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start migration' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '100', { timeout: 10_000 });
});
