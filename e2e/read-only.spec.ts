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
});
