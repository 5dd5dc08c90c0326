import { expect, test } from '@playwright/test';
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
});
