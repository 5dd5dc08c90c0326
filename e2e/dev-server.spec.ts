import { expect, test } from '@playwright/test';

test('npm run dev with no tenant configured serves the simulated tenant', async ({ page }) => {
  // A cold dev server optimises dependencies on the first visit, which can take a while.
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByLabel('Simulated tenant')).toBeVisible({ timeout: 60_000 });
  const table = page.getByRole('table', { name: 'Key providers registered on the tenant' });
  await expect(table.getByRole('row', { name: /CMK - 02/ })).toContainText('Current');
  await expect(table.getByRole('row')).toHaveCount(4);
});
