import { expect, test } from './support/fixtures.ts';

const ARN = 'arn:aws:kms:us-east-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef';

test('register → table → detail → edit → validate → delete', async ({ page, tenant }) => {
  await test.step('register a key', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Register a key' }).click();
    await expect(page).toHaveURL(/\/providers\/new$/);
    await page.getByRole('textbox', { name: 'Name' }).fill('Finance key');
    await page.getByRole('textbox', { name: 'KMS key ARN or alias ARN' }).fill(ARN);
    await expect(
      page.getByText('Multi-Region key in us-east-1, AWS account 123456789012.'),
    ).toBeVisible();
    await page.getByRole('textbox', { name: 'Description' }).fill('For the finance spaces');
    await page.getByRole('button', { name: 'Register key' }).click();
    await expect(page.getByText('Key registered')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Finance key' })).toBeVisible();
    await expect(page).toHaveURL(/\/providers\/[0-9a-f]{32}$/);
  });

  await test.step('see it in the table', async () => {
    await page.getByRole('link', { name: 'Key providers' }).first().click();
    const row = page.getByRole('row', { name: /Finance key/ });
    await expect(row).toContainText('us-east-1');
    await expect(row).toContainText('123456789012');
    await expect(row).toContainText('Multi-Region: us-east-2');
    await expect(row).toContainText('For the finance spaces');
    await row.getByRole('link', { name: 'Finance key' }).click();
  });

  await test.step('edit name and description', async () => {
    await page.getByRole('link', { name: 'Edit name and description' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Finance key' });
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Finance key EU');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Changes saved')).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Finance key EU' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit name and description' })).toBeFocused();
    const patch = (await tenant.requests()).filter((r) => r.method === 'PATCH');
    expect(patch).toHaveLength(1);
  });

  await test.step('validate', async () => {
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    await expect(page.getByText('The key passed validation')).toBeVisible();
    await expect(page.getByText(/Last validated at .* in this session/)).toBeVisible();
  });

  await test.step('delete', async () => {
    await page.getByRole('link', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Finance key EU?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    const confirm = dialog.getByRole('button', { name: 'Delete key provider' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: /Type the name/ }).fill('Finance key EU');
    await confirm.click();
    await expect(page.getByText('Key provider deleted')).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Key providers' })).toBeFocused();
    await expect(page.getByRole('row', { name: /Finance key/ })).toHaveCount(0);
  });
});

test('double-clicking the delete confirmation sends one DELETE', async ({ page, tenant }) => {
  await tenant.injectFault({
    method: 'DELETE',
    path: '/keyproviders/',
    latencyMs: 800,
    status: 204,
    count: 1,
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'CMK - 01' }).click();
  await page.getByRole('link', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /Type the name/ }).fill('CMK - 01');
  await dialog.getByRole('button', { name: 'Delete key provider' }).dblclick();
  await expect(page.getByText('Key provider deleted')).toBeVisible();
  const deletes = (await tenant.requests()).filter((r) => r.method === 'DELETE');
  expect(deletes).toHaveLength(1);
});

test('a detail URL survives a reload, and unknown ones are "not found"', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'CMK - 01' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();

  await page.goto('/providers/0000000000000000');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Key provider not found' }),
  ).toBeVisible();
  await page.goto(`/providers/${'f'.repeat(80)}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Key provider not found' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to key providers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Key providers' })).toBeVisible();
});

test('a name with HTML is shown as text', async ({ page }) => {
  const name = '<img src=x onerror=alert(1)>';
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.goto('/providers/new');
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page
    .getByRole('textbox', { name: 'KMS key ARN or alias ARN' })
    .fill('arn:aws:kms:us-east-1:123456789012:alias/html');
  await page.getByRole('button', { name: 'Register key' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('row', { name: /<img src=x/ })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the current key and the Qlik default cannot be deleted, with the reason', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'CMK - 02' }).click();
  await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await expect(page.getByText(/This key encrypts the tenant’s data now/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Migrate to this key' })).toBeDisabled();
  await expect(page.getByText('The tenant already uses this key.')).toBeVisible();

  await page.goto('/');
  await page.getByRole('link', { name: 'Qlik Internal Kms' }).click();
  await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await expect(page.getByText('The Qlik default key provider cannot be deleted.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit name and description' })).toHaveCount(0);
});

test('search, sort and the migrate link', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Search key providers' }).fill('e4e84fc7');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(page).toHaveURL(/q=e4e84fc7/);
  await page.getByRole('textbox', { name: 'Search key providers' }).fill('');
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('CMK - 01');
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Qlik Internal Kms');

  await page.getByRole('link', { name: 'CMK - 01' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
  const migrate = page.getByRole('link', { name: 'Migrate to this key' });
  const fingerprint = page.url().split('/providers/')[1] ?? '';
  await expect(migrate).toHaveAttribute('href', `/migration/new?target=${fingerprint}`);
});
