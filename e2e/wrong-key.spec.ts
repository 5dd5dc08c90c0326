import { expect, test } from '@playwright/test';

test('a wrong API key is explained, not shown as an empty table', async ({ page }) => {
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The API key was refused');
  await expect(alert).toContainText('QLIK_API_KEY');
  await expect(alert).toContainText('HTTP 401');
  await expect(page.getByRole('table')).toHaveCount(0);
});
