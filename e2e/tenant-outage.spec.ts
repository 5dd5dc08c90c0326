import { expect, test } from '@playwright/test';
import { CMK_01, progressBar } from './support/migration.ts';
import { RestartableTenant } from './support/restartable-tenant.ts';

test.describe('when the tenant is unreachable', () => {
  let tenant: RestartableTenant | undefined;
  test.afterEach(async () => {
    await tenant?.stop();
    tenant = undefined;
  });

  test('says it cannot reach the tenant, then recovers without a reload', async ({ page }) => {
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Cannot reach the tenant', { timeout: 20_000 });
    await expect(alert).toContainText('QLIK_TENANT');
    await expect(page.getByRole('table')).toHaveCount(0);

    tenant = new RestartableTenant();
    await tenant.start();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
  });

  test('the monitor rides out a tenant restart in the middle of a migration', async ({ page }) => {
    tenant = new RestartableTenant(12_000);
    await tenant.start();
    const started = await page.request.post(
      `/api/v1/encryption/keyproviders/${CMK_01.fingerprint}/actions/migrate`,
    );
    expect(started.status()).toBe(200);
    await page.goto('/migration');
    await expect(progressBar(page)).toBeVisible({ timeout: 10_000 });

    await tenant.stop();
    await expect(page.getByText(/retrying/)).toBeVisible({ timeout: 15_000 });
    await tenant.start();

    await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '100', { timeout: 30_000 });
    await expect(page.getByText(/retrying/)).toHaveCount(0);
  });
});
