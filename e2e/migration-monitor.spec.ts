import { expect, test } from './support/fixtures.ts';
import {
  CMK_01,
  openConfirmStep,
  progressBar,
  startMigrationElsewhere,
  startMigrationVia,
} from './support/migration.ts';

const isDetails = (r: { method: string; path: string }) =>
  r.method === 'GET' && r.path.endsWith('/migration/actions/details');

async function valueOf(bar: ReturnType<typeof progressBar>) {
  return Number(await bar.getAttribute('aria-valuenow'));
}

test.describe('migration monitor', () => {
  test('resets to the Qlik default and the table follows', async ({ page }) => {
    await test.step('choose the Qlik default', async () => {
      await page.goto('/migration/new');
      await page.getByRole('radio', { name: /Qlik default/ }).check();
      await expect(page.getByLabel('From CMK - 02 to Qlik Internal Kms')).toBeVisible();
      await page.getByRole('button', { name: 'Next: preflight checks' }).click();
    });
    await test.step('preflight needs no key test', async () => {
      await expect(page.getByText('The Qlik default needs no key test')).toBeVisible();
      await expect(page.getByText('No migration is running.')).toBeVisible();
      await page.getByRole('button', { name: 'Next: confirm' }).click();
    });
    await test.step('confirm and start', async () => {
      await page.getByRole('checkbox', { name: /I understand/ }).check();
      await page.getByRole('button', { name: 'Start migration' }).click();
    });
    await test.step('watch it complete', async () => {
      await expect(page).toHaveURL(/\/migration$/);
      await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '100', { timeout: 10_000 });
      await page.getByRole('link', { name: 'Key providers' }).click();
      const table = page.getByRole('table');
      await expect(table.getByRole('row', { name: /Qlik Internal Kms/ })).toContainText('Current');
    });
  });

  test('survives a reload mid-migration and estimates the time left', async ({ page, tenant }) => {
    await tenant.setMigrationDuration(15_000);
    await startMigrationVia(page, CMK_01.fingerprint);
    const bar = progressBar(page);
    await expect.poll(() => valueOf(bar), { timeout: 8_000 }).toBeGreaterThan(5);
    const before = await valueOf(bar);
    await page.reload();
    await expect(bar).toBeVisible();
    await expect.poll(() => valueOf(bar)).toBeGreaterThan(before);
    await expect(page.getByText(/^about /)).toBeVisible({ timeout: 8_000 });
    await expect(page.getByText('In progress', { exact: true })).toBeVisible();
  });

  test('a double click sends one request', async ({ page, tenant }) => {
    await openConfirmStep(page, CMK_01.fingerprint);
    await tenant.clearRequests();
    await page.getByRole('button', { name: 'Start migration' }).dblclick();
    await expect(page).toHaveURL(/\/migration$/);
    const migrates = (await tenant.requests()).filter((r) => r.path.endsWith('/actions/migrate'));
    expect(migrates).toHaveLength(1);
  });

  test('the header shows a running migration on any view', async ({ page, tenant }) => {
    await tenant.setMigrationDuration(10_000);
    await page.goto('/');
    await startMigrationElsewhere(page, CMK_01.fingerprint);
    await page.reload();
    const indicator = page.getByRole('link', { name: /Migration running, \d+%/ });
    await expect(indicator).toBeVisible();
    await indicator.click();
    await expect(page.getByRole('heading', { name: 'Migration in progress' })).toBeVisible();
  });

  test('two tabs show the same progress from a single poller', async ({ page, tenant }) => {
    await tenant.setMigrationDuration(12_000);
    const second = await page.context().newPage();
    await page.goto('/migration');
    await second.goto('/migration');
    await startMigrationElsewhere(page, CMK_01.fingerprint);
    await page.reload();
    await expect.poll(() => valueOf(progressBar(page)), { timeout: 8_000 }).toBeGreaterThan(0);
    await expect.poll(() => valueOf(progressBar(second)), { timeout: 8_000 }).toBeGreaterThan(0);

    await tenant.clearRequests();
    await page.waitForTimeout(5_000);
    const polls = (await tenant.requests()).filter(isDetails).length;
    expect(polls, 'details GETs in 5 s with two tabs open').toBeGreaterThanOrEqual(3);
    expect(polls, 'details GETs in 5 s with two tabs open').toBeLessThanOrEqual(7);

    const [a, b] = [await valueOf(progressBar(page)), await valueOf(progressBar(second))];
    expect(Math.abs(a - b)).toBeLessThanOrEqual(10);
    await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '100', { timeout: 10_000 });
    await expect(progressBar(second)).toHaveAttribute('aria-valuenow', '100', { timeout: 5_000 });
  });

  test('says when data is stale and recovers without a reload', async ({ page, tenant }) => {
    await tenant.setMigrationDuration(20_000);
    await startMigrationVia(page, CMK_01.fingerprint);
    await expect(progressBar(page)).toBeVisible();
    await tenant.injectFault({
      method: 'GET',
      path: '/migration/actions/details',
      status: 503,
      count: 2,
    });
    await expect(page.getByText(/Last updated \d+ s ago — retrying/)).toBeVisible();
    await expect(page.getByText(/Last updated \d+ s ago$/)).toBeVisible({ timeout: 12_000 });
  });

  test('a tenant without migrations says so', async ({ page, tenant }) => {
    await tenant.loadScenario('fresh');
    await page.goto('/migration');
    await expect(
      page.getByRole('heading', { name: 'No migration has run on this tenant' }),
    ).toBeVisible();
  });

  test('shows the last completed migration when nothing runs', async ({ page }) => {
    await page.goto('/migration');
    await expect(page.getByRole('heading', { name: 'Last migration' })).toBeVisible();
    await expect(page.getByText(/Completed .*2023/)).toBeVisible();
    await expect(page.getByLabel('From Qlik default to CMK - 02')).toBeVisible();
  });
});
