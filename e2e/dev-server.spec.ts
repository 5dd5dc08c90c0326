import { expect, test } from '@playwright/test';

test('npm run dev with no tenant configured serves the simulated tenant', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Simulated tenant')).toBeVisible();
  const table = page.getByRole('table', { name: 'Key providers registered on the tenant' });
  await expect(table.getByRole('row', { name: /CMK - 02/ })).toContainText('Current');
  await expect(table.getByRole('row')).toHaveCount(4);
});
