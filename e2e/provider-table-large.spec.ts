import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, useColorScheme } from './support/fixtures.ts';

// The `large` scenario: 1,000 providers, so the table renders only the rows in view.
async function openLargeTable(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByText('1000 key providers', { exact: true })).toBeVisible();
  return page.getByRole('table', { name: 'Key providers registered on the tenant' });
}

test.beforeEach(async ({ tenant }) => {
  await tenant.loadScenario('large');
});

test('1,000 providers: the row count is announced, only the rows in view are rendered', async ({
  page,
}) => {
  const table = await openLargeTable(page);
  await expect(page.getByText('1000 key providers', { exact: true })).toHaveAttribute(
    'aria-live',
    'polite',
  );
  await expect(table).toHaveAttribute('aria-rowcount', '1001');
  const rows = table.getByRole('row');
  expect(await rows.count()).toBeLessThan(40);
  await expect(rows.nth(1)).toHaveAttribute('aria-rowindex', '2');
  await expect(rows.nth(1)).toContainText('Current');

  await page.getByRole('textbox', { name: 'Search key providers' }).fill('finance');
  await expect(page.getByText(/^\d+ of 1000 key providers match$/)).toBeVisible();
  await expect(rows.nth(1)).toContainText(/finance/i);
});

test('1,000 providers: the table fits 1280 px and its header stays while rows scroll', async ({
  page,
}) => {
  const table = await openLargeTable(page);
  const box = table.locator('xpath=..');
  const widths = await box.evaluate((element) => [element.scrollWidth, element.clientWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
  await box.evaluate((element) => {
    element.scrollTop = 60_000;
  });
  await expect(table.getByRole('row').nth(1)).not.toHaveAttribute('aria-rowindex', '2');
  const header = table.getByRole('columnheader', { name: 'Name' });
  const [headerBox, tableBox] = [await header.boundingBox(), await box.boundingBox()];
  expect(Math.abs((headerBox?.y ?? -1) - (tableBox?.y ?? 0))).toBeLessThan(2);
});

test('1,000 providers: Tab walks row by row past the rows first rendered, focus kept on scroll', async ({
  page,
}) => {
  const table = await openLargeTable(page);
  await table.getByRole('row').nth(1).getByRole('link').first().focus();
  // Each row holds two stops: its name link and the copy button of its fingerprint.
  for (let press = 0; press < 80; press++) await page.keyboard.press('Tab');
  const focusedRow = () =>
    page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'));
  expect(Number(await focusedRow())).toBe(42);
  const box = table.locator('xpath=..');
  await box.evaluate((element) => {
    element.scrollTop = 0;
  });
  await page.waitForTimeout(200);
  expect(Number(await focusedRow())).toBe(42);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`1,000 providers: no accessibility violations in the ${scheme} theme`, async ({ page }) => {
    await useColorScheme(page, scheme);
    await openLargeTable(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/screens/provider-table-large-${scheme}.png` });
  });
}
