import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, useColorScheme } from './support/fixtures.ts';
import { progressBar } from './support/migration.ts';
import { chooseScenario, openPresenterPanel } from './support/demo.ts';

const NEW_KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef';

test.describe('the presenter', () => {
  test('registers a key that survives a reload, then resets to the start', async ({ page }) => {
    await page.goto('providers/new');
    await page.getByLabel('Name').fill('Demo key');
    await page.getByLabel('KMS key ARN or alias ARN').fill(NEW_KEY_ARN);
    await page.getByRole('button', { name: 'Register key' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Demo key' })).toBeVisible();
    await page.goto('./');
    await page.reload();
    await expect(page.getByRole('row', { name: /Demo key/ })).toBeVisible();

    const panel = await openPresenterPanel(page);
    await panel.getByRole('button', { name: 'Reset to start…' }).click();
    await expect(panel.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await panel.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('row', { name: /CMK - 02/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Demo key/ })).toHaveCount(0);
  });

  test('switches to the new tenant at once', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('row', { name: /CMK - 02/ })).toBeVisible();
    await chooseScenario(page, 'New tenant on the Qlik default');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.filter({ hasText: 'CMK - 02' })).toHaveCount(0);
    await expect(rows.filter({ hasText: 'Qlik Internal Kms' })).toContainText('Current');
  });

  test('the failing key fails its validation with the DR region named', async ({ page }) => {
    await page.goto('./');
    await chooseScenario(page, 'Key that fails validation');
    await page.getByRole('link', { name: 'Finance key' }).click();
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    await expect(page.getByText(/did not pass validation/)).toBeVisible();
    await expect(page.getByText(/us-east-2/).first()).toBeVisible();
  });

  test('a failure armed for the next request reaches the person, once', async ({ page }) => {
    await page.goto('providers/new');
    await page.getByLabel('Name').fill('Unlucky key');
    await page.getByLabel('KMS key ARN or alias ARN').fill(NEW_KEY_ARN);
    const panel = await openPresenterPanel(page);
    await panel.getByText('Loses the connection', { exact: true }).click();
    await expect(panel.getByRole('radio', { name: 'Loses the connection' })).toBeChecked();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Register key' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /reach/ })).toBeVisible();
    await page.getByRole('button', { name: 'Register key' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Unlucky key' })).toBeVisible();
  });

  test('a migration in progress advances, survives a reload and completes', async ({ page }) => {
    await page.goto('migration');
    const panel = await openPresenterPanel(page);
    await panel.getByText('10 s', { exact: true }).click();
    await expect(panel.getByRole('radio', { name: '10 s' })).toBeChecked();
    await panel.getByText('Migration in progress', { exact: true }).click();
    await expect(panel.getByRole('radio', { name: 'Migration in progress' })).toBeChecked();
    await page.keyboard.press('Escape');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Migration' })
      .click();
    const bar = progressBar(page);
    await expect
      .poll(async () => Number(await bar.getAttribute('aria-valuenow')))
      .toBeGreaterThan(30);
    await page.reload();
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 15_000 });
    await page.getByRole('link', { name: 'Key providers' }).click();
    await expect(page.getByRole('row', { name: /Production key/ })).toContainText('Current');
  });

  test('the guided tour walks the console by keyboard and ends with Escape', async ({ page }) => {
    await page.goto('./');
    const panel = await openPresenterPanel(page);
    await panel.getByRole('button', { name: 'Start the guided tour' }).click();
    const tour = page.getByRole('dialog', { name: 'The key providers' });
    await expect(tour).toBeVisible();
    await expect(tour.getByRole('heading', { name: 'The key providers' })).toBeFocused();
    for (const title of ['Register a key', 'Validate it', 'Migrate and watch']) {
      await page.getByRole('button', { name: 'Next' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: title })).toBeVisible();
    }
    await expect(page).toHaveURL(/\/cmk-demo\/migration$/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Migrate and watch' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Presenter' })).toBeFocused();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the panel is accessible in the ${scheme} scheme`, async ({ page }, testInfo) => {
      await useColorScheme(page, scheme);
      await page.goto('./');
      await expect(page.getByRole('row', { name: /CMK - 02/ })).toBeVisible();
      await expectNoAxeViolations(page);
      await openPresenterPanel(page);
      await page.waitForTimeout(300);
      await page.screenshot({ path: testInfo.outputPath(`presenter-${scheme}.png`) });
      // The page behind the drawer is dimmed on purpose: only the panel has to read well now.
      await expectNoAxeViolations(page, '[role="dialog"]');
    });
  }
});
