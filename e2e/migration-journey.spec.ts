import { expect, test } from './support/fixtures.ts';
import { CMK_01, progressBar } from './support/migration.ts';

test.describe('migration journey', () => {
  test('migrates to CMK - 01 step by step and watches it complete', async ({ page }) => {
    await test.step('choose the target', async () => {
      await page.goto(`/migration/new?target=${CMK_01.fingerprint}`);
      await expect(
        page.getByRole('heading', { name: '1. Choose the target key provider' }),
      ).toBeVisible();
      await expect(page.getByRole('radio', { name: 'CMK - 01' })).toBeChecked();
      await expect(page.getByRole('radio', { name: 'CMK - 02' })).toHaveCount(0);
      await expect(page.getByLabel('From CMK - 02 to CMK - 01')).toContainText('us-east-1');
      await page.getByRole('button', { name: 'Next: preflight checks' }).click();
    });
    await test.step('preflight', async () => {
      await expect(page).toHaveURL(/step=preflight/);
      await expect(page.getByText('The key is valid and DR compliant.')).toBeVisible();
      await expect(page.getByText('No migration is running.')).toBeVisible();
      await page.getByRole('button', { name: 'Next: confirm' }).click();
    });
    await test.step('confirm', async () => {
      await expect(page.getByText(/Every data key of the tenant is re-wrapped/)).toBeVisible();
      const start = page.getByRole('button', { name: 'Start migration' });
      await expect(start).toBeDisabled();
      await page.getByRole('checkbox', { name: /I understand/ }).check();
      await start.click();
    });
    await test.step('monitor', async () => {
      await expect(page).toHaveURL(/\/migration$/);
      await expect(page.getByRole('link', { name: /Migration running/ })).toBeVisible();
      await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '100', { timeout: 10_000 });
      await expect(page.getByText('Last migration')).toBeVisible();
      await expect(page.getByRole('status')).toContainText('completed');
      await expect(page.getByRole('link', { name: /Migration running/ })).toHaveCount(0);
    });
    await test.step('the current marker moved', async () => {
      await page.getByRole('link', { name: 'Key providers' }).click();
      const table = page.getByRole('table');
      await expect(table.getByRole('row', { name: /CMK - 01/ })).toContainText('Current');
      await expect(table.getByRole('row', { name: /CMK - 02/ })).toContainText('Not in use');
    });
  });
});
