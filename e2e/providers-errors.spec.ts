import { expect, test } from './support/fixtures.ts';
import type { Page } from '@playwright/test';

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef';
const CMK_01_ARN = 'arn:aws:kms:us-east-1:857519135519:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d';
const CREATE = { method: 'POST', path: '/\\/keyproviders$/', count: 1 };

async function register(page: Page, name: string, arn: string) {
  await page.goto('/providers/new');
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('textbox', { name: 'KMS key ARN or alias ARN' }).fill(arn);
  await page.getByRole('textbox', { name: 'Description' }).fill('kept on failure');
  await page.getByRole('button', { name: 'Register key' }).click();
}

async function expectInputKept(page: Page, name: string, arn: string) {
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  await expect(page.getByRole('textbox', { name: 'KMS key ARN or alias ARN' })).toHaveValue(arn);
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('kept on failure');
}

test.describe('register: every documented failure', () => {
  const kms = [
    ['sim-forbidden', 'The key policy does not allow Qlik Cloud', /Key policy/],
    ['sim-kms-timeout', 'AWS KMS did not answer in time', /safe to try again/],
    ['sim-register-fails', 'The key could not be registered', /enabled, symmetric/],
  ] as const;
  for (const [marker, title, next] of kms) {
    test(`${marker} is explained and keeps the input`, async ({ page }) => {
      const arn = `arn:aws:kms:us-east-1:123456789012:alias/${marker}`;
      await register(page, 'Key', arn);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(title);
      await expect(alert).toContainText(next);
      await expectInputKept(page, 'Key', arn);
    });
  }

  test('409 links to the provider that already has the key', async ({ page }) => {
    await register(page, 'Again', CMK_01_ARN);
    await expect(page.getByRole('alert')).toContainText('This key is already registered');
    await page.getByRole('link', { name: /Open the existing key provider/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
  });

  test('400 about a field lands on that field', async ({ page, tenant }) => {
    const body = {
      errors: [
        {
          code: 'HTTP-400',
          title: 'Bad Request',
          detail: 'The name is not accepted',
          meta: { field: 'name' },
        },
      ],
    };
    await tenant.injectFault({ ...CREATE, status: 400, body });
    await register(page, 'Key', KEY);
    await expect(page.getByRole('alert')).toContainText('The registration was refused');
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
      /The name is not accepted/,
    );
    await expectInputKept(page, 'Key', KEY);
  });

  for (const [status, title] of [
    [401, 'The API key was refused'],
    [417, 'The ARN was not accepted'],
  ] as const) {
    test(`${status} is explained`, async ({ page, tenant }) => {
      await tenant.injectFault({ ...CREATE, status });
      await register(page, 'Key', KEY);
      await expect(page.getByRole('alert')).toContainText(title);
      await expectInputKept(page, 'Key', KEY);
    });
  }

  test('the ARN is checked as it is typed, with region hints', async ({ page }) => {
    await page.goto('/providers/new');
    const arn = page.getByRole('textbox', { name: 'KMS key ARN or alias ARN' });
    await arn.fill('arn:aws:s3:us-east-1:123456789012:key/x');
    await expect(arn).toHaveAccessibleDescription(/not of AWS KMS/);
    await arn.fill('arn:aws:kms:eu-west-1:123456789012:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d');
    const hints = page.getByRole('status').filter({ hasText: 'Check before you register' });
    await expect(hints).toContainText('but the tenant runs in us-east-1');
    await expect(hints).toContainText('replica of the key in us-east-2');
  });
});

async function openCmk01(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'CMK - 01' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
}

test.describe('edit: documented failures', () => {
  for (const [status, title] of [
    [400, 'The change was refused'],
    [401, 'The API key was refused'],
    [404, 'Key provider not found'],
    [417, 'The key provider could not be changed'],
  ] as const) {
    test(`${status} is explained and the text is kept`, async ({ page, tenant }) => {
      await openCmk01(page);
      await tenant.injectFault({ method: 'PATCH', path: '/keyproviders/', status, count: 1 });
      await page.getByRole('link', { name: 'Edit name and description' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Description' }).fill('new words');
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await expect(dialog.getByRole('alert')).toContainText(title);
      await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue('new words');
    });
  }
});

test.describe('validate: documented outcomes', () => {
  test('compliance problems are listed with their region', async ({ page }) => {
    await register(page, 'Not DR', 'arn:aws:kms:us-east-1:123456789012:alias/sim-not-dr-compliant');
    await expect(page.getByRole('heading', { level: 1, name: 'Not DR' })).toBeVisible();
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    await expect(page.getByText(/The key did not pass validation/)).toBeVisible();
    await expect(page.getByText('us-east-2:').first()).toBeVisible();
    await expect(
      page.getByText(/does not allow the required action \[us-east-2\]/).first(),
    ).toBeVisible();
  });

  test('408 says it is safe to retry', async ({ page }) => {
    await register(page, 'Slow', 'arn:aws:kms:us-east-1:123456789012:alias/sim-test-timeout');
    await expect(page.getByRole('heading', { level: 1, name: 'Slow' })).toBeVisible();
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'AWS KMS did not answer in time' });
    await expect(alert).toContainText('safe to try again');
  });

  for (const [status, title] of [
    [401, 'The API key was refused'],
    [404, 'Key provider not found'],
  ] as const) {
    test(`${status} is explained`, async ({ page, tenant }) => {
      await openCmk01(page);
      await tenant.injectFault({ method: 'POST', path: '/actions/test', status, count: 1 });
      await page.getByRole('button', { name: 'Validate', exact: true }).click();
      await expect(page.getByRole('alert')).toContainText(title);
    });
  }
});

test.describe('delete: documented failures', () => {
  for (const [status, title] of [
    [400, 'The tenant refused the request to delete the key provider'],
    [404, 'Key provider not found'],
    [417, 'The key provider could not be deleted'],
    [424, 'The key is in use'],
  ] as const) {
    test(`${status} is explained`, async ({ page, tenant }) => {
      await openCmk01(page);
      await tenant.injectFault({ method: 'DELETE', path: '/keyproviders/', status, count: 1 });
      await page.getByRole('link', { name: 'Delete' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: /Type the name/ }).fill('CMK - 01');
      await dialog.getByRole('button', { name: 'Delete key provider' }).click();
      await expect(dialog.getByRole('alert')).toContainText(title);
      await expect(dialog.getByRole('button', { name: 'Delete key provider' })).toBeEnabled();
    });
  }
});
