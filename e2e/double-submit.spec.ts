import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { openConfirmStep } from './support/migration.ts';
import type { SimulatorControl } from './support/simulator.ts';

const ARN = 'arn:aws:kms:us-east-1:123456789012:key/mrk-ffeeddccbbaa99887766554433221100';
const CMK_01 = '9f352c5a9c1618485051892cb57467e4';

/** The tenant answers slowly, so the second click or Enter lands while the first is in flight. */
async function slowDown(tenant: SimulatorControl, method: string, path: string) {
  await tenant.injectFault({ method, path, latencyMs: 1500, count: 1 });
}

async function reached(tenant: SimulatorControl, method: string, path: RegExp) {
  await expect
    .poll(async () => (await tenant.requests()).filter((r) => r.method === method).length)
    .toBeGreaterThan(0);
  // Give a second request every chance to arrive before counting.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return (await tenant.requests()).filter((r) => r.method === method && path.test(r.path));
}

async function fillRegistration(page: Page) {
  await page.goto('/providers/new');
  await page.getByRole('textbox', { name: 'Name' }).fill('Once only');
  await page.getByRole('textbox', { name: 'KMS key ARN or alias ARN' }).fill(ARN);
}

test.describe('every change reaches the tenant exactly once', () => {
  test('register: double click', async ({ page, tenant }) => {
    await fillRegistration(page);
    await slowDown(tenant, 'POST', '/\\/keyproviders$/');
    await page.getByRole('button', { name: 'Register key' }).dblclick();
    expect(await reached(tenant, 'POST', /keyproviders$/)).toHaveLength(1);
    await expect(page.getByRole('heading', { level: 1, name: 'Once only' })).toBeVisible();
  });

  test('register: Enter twice', async ({ page, tenant }) => {
    await fillRegistration(page);
    await slowDown(tenant, 'POST', '/\\/keyproviders$/');
    await page.getByRole('textbox', { name: 'Name' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await reached(tenant, 'POST', /keyproviders$/)).toHaveLength(1);
  });

  test('edit: double click on save', async ({ page, tenant }) => {
    await page.goto(`/providers/${CMK_01}/edit`);
    const dialog = page.getByRole('dialog', { name: 'Edit CMK - 01' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('CMK - 01 renamed');
    await slowDown(tenant, 'PATCH', CMK_01);
    await dialog.getByRole('button', { name: 'Save changes' }).dblclick();
    expect(await reached(tenant, 'PATCH', new RegExp(CMK_01))).toHaveLength(1);
  });

  test('validate: double click', async ({ page, tenant }) => {
    await page.goto(`/providers/${CMK_01}`);
    await slowDown(tenant, 'POST', '/actions/test');
    await page.getByRole('button', { name: 'Validate', exact: true }).dblclick();
    expect(await reached(tenant, 'POST', /actions\/test$/)).toHaveLength(1);
  });

  test('return to the Qlik default: double click on start', async ({ page, tenant }) => {
    await openConfirmStep(page, 'qlik-default');
    await slowDown(tenant, 'POST', '/reset-to-default-provider');
    await page.getByRole('button', { name: 'Start migration' }).dblclick();
    expect(await reached(tenant, 'POST', /reset-to-default-provider$/)).toHaveLength(1);
  });
});
