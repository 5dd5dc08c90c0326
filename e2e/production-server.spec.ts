import { expect, test } from './support/fixtures.ts';

test.describe('the production server (npm start)', () => {
  test('a deep link and a reload open the page, not a 404', async ({ page }) => {
    await page.goto('/providers/9f352c5a9c1618485051892cb57467e4');
    await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
  });

  test('hashed assets are cached for a year and sent compressed; the page is revalidated', async ({
    page,
  }) => {
    const assets: { url: string; cache: string; encoding: string }[] = [];
    page.on('response', async (response) => {
      if (!response.url().includes('/assets/')) return;
      const headers = await response.allHeaders();
      const cache = headers['cache-control'] ?? '';
      assets.push({ url: response.url(), cache, encoding: headers['content-encoding'] ?? '' });
    });
    const document = await page.goto('/');
    expect(document?.headers()['cache-control']).toBe('no-cache');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset.cache, asset.url).toBe('public, max-age=31536000, immutable');
      expect(asset.encoding, asset.url).toBe('br');
    }
  });

  test('/healthz says the tenant is reachable', async ({ request }) => {
    const health = await request.get('/healthz');
    expect(await health.json()).toMatchObject({
      status: 'ok',
      mode: 'tenant',
      tenantReachable: true,
    });
  });
});
