import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, useColorScheme } from './support/fixtures.ts';
import { CMK_01 } from './support/migration.ts';

const timeline = (page: Page) =>
  page.getByRole('list', { name: 'Key periods, newest first' }).getByRole('listitem');

for (const scheme of ['light', 'dark'] as const) {
  test(`the history of the documented tenant, a date checked (${scheme})`, async ({ page }) => {
    await useColorScheme(page, scheme);
    await page.goto('/');
    await page.getByRole('link', { name: 'Key history' }).click();
    await page.mouse.move(600, 0);
    await expect(page.getByRole('heading', { level: 1, name: 'Key history' })).toBeVisible();
    const items = timeline(page);
    await expect(items).toHaveCount(5);
    await expect(items.nth(0)).toContainText('CMK - 02');
    await expect(items.nth(0)).toContainText('to now');
    await expect(items.nth(1)).toContainText('Last migration');
    await expect(items.nth(2)).toContainText('Qlik Internal Kms');
    await expect(items.nth(2)).toContainText('to 21 Jun 2023 18:59 UTC (inferred');
    await expect(items.nth(3)).toContainText('us-east-1 · account 857519135519');
    await expect(items.nth(4)).toContainText('From the tenant’s start (not recorded)');
    await expect(page.getByRole('main')).not.toContainText(/0001|Invalid Date|NaN/);

    await page.getByLabel('Which key was current on … (UTC)').fill('2023-06-21T18:50');
    await expect(page.getByRole('status').filter({ hasText: 'On 21' })).toHaveText(
      'On 21 Jun 2023 18:50 UTC the current key was Qlik Internal Kms (period end inferred).',
    );
    await expect(items.nth(2)).toContainText('Current on 21 Jun 2023 18:50 UTC');
    await expect(page.getByText(/^Current on /)).toHaveCount(1);

    await expectNoAxeViolations(page);
    await page.screenshot({
      path: `test-results/screens/key-history-${scheme}.png`,
      fullPage: true,
    });
  });
}

test('the CSV export has one row per period, in UTC, inferred ends flagged', async ({ page }) => {
  await page.goto('/history');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^key-history-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n');
  expect(rows).toEqual([
    'provider,fingerprint,type,arn,from,to,current,endInferred,startInferred',
    expect.stringMatching(
      /^CMK - 02,b5fe2c83b25f9e39487bca28f69e4210,AWS-KMS,arn:aws:kms:.*,2023-06-21T18:59:18.000Z,,true,false,false$/,
    ),
    expect.stringMatching(
      /^Qlik Internal Kms,.*,2023-06-21T18:45:57.000Z,2023-06-21T18:59:18.000Z,false,true,false$/,
    ),
    expect.stringMatching(
      /^CMK - 01,.*,2023-06-21T18:43:54.000Z,2023-06-21T18:45:57.000Z,false,false,false$/,
    ),
    expect.stringMatching(/^Qlik Internal Kms,.*,,2023-06-21T18:43:54.000Z,false,true,true$/),
  ]);
});

test('a migration that completes puts its period on top, and every view follows without a reload', async ({
  page,
  tenant,
}) => {
  await tenant.startMigration(CMK_01.fingerprint);
  await page.goto('/history');
  // A reload would start a new window object and lose this mark.
  await page.evaluate(() => {
    Object.assign(window, { keptSinceLoad: true });
  });
  const items = timeline(page);
  await expect(items.first()).toContainText('Migration in progress');
  await expect(items.first()).toContainText(CMK_01.name, { timeout: 15_000 });
  await expect(items.first()).toContainText('Current');
  await expect(items.nth(1)).toContainText('Last migration');
  await expect(items.nth(1)).toContainText('From CMK - 02 to CMK - 01');
  await expect(items.nth(2)).toContainText('CMK - 02');
  await expect(items.nth(2)).not.toContainText('inferred');

  await page.getByRole('link', { name: 'Key providers' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /CMK - 01/ })).toContainText('Current');
  await expect(table.getByRole('row', { name: /CMK - 02/ })).toContainText('Not in use');
  await expect(table).not.toContainText(/Migrating|Being replaced/);
  await expect(table.getByRole('row', { name: /Qlik Internal Kms/ })).toContainText('(inferred');
  expect(await page.evaluate(() => 'keptSinceLoad' in window)).toBe(true);
});
