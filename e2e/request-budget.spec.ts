import { expect, test } from './support/fixtures.ts';

// Request budgets: what the console costs the tenant's rate tiers (1000/min reads).
test.describe('request budget', () => {
  test('the first page asks the tenant twice: the list and the migration state', async ({
    page,
    tenant,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
    await page.waitForTimeout(3000);
    const calls = (await tenant.requests()).map((r) => `${r.method} ${r.path.split('/').pop()}`);
    expect(calls.sort()).toEqual(['GET details', 'GET list']);
  });

  test('an idle console polls at most twice a minute; a detail view adds one read', async ({
    page,
    tenant,
  }) => {
    await page.clock.install();
    await page.goto('/providers/9f352c5a9c1618485051892cb57467e4');
    await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
    await page.clock.runFor('01:00');
    const calls = await tenant.requests();
    expect(calls.filter((r) => r.path.endsWith('/details')).length).toBeLessThanOrEqual(3);
    expect(calls.filter((r) => r.path.endsWith('/9f352c5a9c1618485051892cb57467e4'))).toHaveLength(
      1,
    );
  });
});
