import { expect, test } from './support/fixtures.ts';

test.describe('read-only mode (QLIK_READ_ONLY=1)', () => {
  test('the proxy refuses every change before it reaches the tenant', async ({
    request,
    tenant,
  }) => {
    const before = (await tenant.requests()).length;
    const create = await request.post('/api/v1/encryption/keyproviders', {
      data: {
        name: 'x',
        arn: 'arn:aws:kms:us-east-1:111122223333:alias/x',
        keyprovider: 'AWS-KMS',
      },
    });
    expect(create.status()).toBe(403);
    expect(await create.text()).toContain('CMK-PROXY-READ-ONLY');
    const reset = await request.post(
      '/api/v1/encryption/keyproviders/actions/reset-to-default-provider',
    );
    expect(reset.status()).toBe(403);
    expect((await request.get('/api/v1/encryption/keyproviders/actions/list')).status()).toBe(200);
    const reached = (await tenant.requests()).slice(before).map((r) => `${r.method} ${r.path}`);
    expect(reached).toEqual(['GET /api/v1/encryption/keyproviders/actions/list']);
  });

  test('the console says it is read-only', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('read-only', { exact: false }).first()).toBeVisible();
  });

  test('every change is disabled with the reason, reads still work', async ({ page }) => {
    const reason = 'The console is read-only (QLIK_READ_ONLY)';
    await page.goto('/');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
    await expect(page.getByRole('button', { name: 'Register a key' })).toBeDisabled();
    await expect(page.getByText(reason).first()).toBeVisible();

    await page.goto('/providers/9f352c5a9c1618485051892cb57467e4');
    await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
    for (const action of ['Validate', 'Edit name and description', 'Delete']) {
      const control = page.getByRole('button', { name: action, exact: true });
      await expect(control).toBeDisabled();
      await expect(control).toHaveAccessibleDescription(new RegExp(reason.replace(/[()]/g, '.')));
    }

    await page.goto('/migration/new?target=9f352c5a9c1618485051892cb57467e4&step=confirm');
    await page.getByRole('checkbox', { name: /I understand/ }).check();
    await expect(page.getByRole('button', { name: 'Start migration' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Start migration' })).toHaveAccessibleDescription(
      reason,
    );
  });
});
