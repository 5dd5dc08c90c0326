import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, useColorScheme } from './support/fixtures.ts';

async function openCmk01(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'CMK - 01' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
}

const views: [string, (page: Page) => Promise<void>][] = [
  [
    'table',
    async (page) => {
      await page.goto('/');
      await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
    },
  ],
  [
    'detail',
    async (page) => {
      await openCmk01(page);
      await page.getByRole('button', { name: 'Validate', exact: true }).click();
      await expect(page.getByText('The key passed validation')).toBeVisible();
    },
  ],
  [
    'create',
    async (page) => {
      await page.goto('/providers/new');
      await page.getByRole('textbox', { name: 'Name' }).fill('Key');
      await page
        .getByRole('textbox', { name: 'KMS key ARN or alias ARN' })
        .fill('arn:aws:kms:eu-west-1:123456789012:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d');
      await expect(page.getByText('Check before you register')).toBeVisible();
    },
  ],
  [
    'edit-dialog',
    async (page) => {
      await openCmk01(page);
      await page.getByRole('link', { name: 'Edit name and description' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  ],
  [
    'delete-dialog',
    async (page) => {
      await openCmk01(page);
      await page.getByRole('link', { name: 'Delete' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  ],
  [
    'current-detail',
    async (page) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'CMK - 02' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'CMK - 02' })).toBeVisible();
    },
  ],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    for (const [name, open] of views) {
      test(`${name} has no accessibility violations`, async ({ page }) => {
        await useColorScheme(page, scheme);
        await page.setViewportSize({ width: 1440, height: 900 });
        await open(page);
        // Let dialogs and notifications finish their transitions before scanning.
        await page.waitForTimeout(400);
        await expectNoAxeViolations(page);
        await page.screenshot({
          path: `test-results/screens/providers-${name}-${scheme}.png`,
          fullPage: true,
        });
      });
    }
  });
}

test('the fresh tenant shows the call to register a key', async ({ page, tenant }) => {
  await tenant.loadScenario('fresh');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No keys of your own yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Register your first key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register a key' })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'KMS key ARN or alias ARN' })
    .fill('arn:aws:kms:eu-west-1:123456789012:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d');
  // Hints follow the tenant's region (fresh: eu-west-1) only in simulator mode; through the proxy
  // QLIK_TENANT_REGION fixes it to us-east-1.
  await expect(page.getByText(/tenant runs in us-east-1/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('keyboard only: open a provider, open and cancel the delete dialog, focus returns', async ({
  page,
}) => {
  await openCmk01(page);
  const deleteLink = page.getByRole('link', { name: 'Delete' });
  await deleteLink.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteLink).toBeFocused();
});
