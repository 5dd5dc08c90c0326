import { expect, test } from '@playwright/test';
import { DEMO_BASE, DEMO_PORT } from './support/servers.ts';
import { CMK_02, demoMarker, recordRequests } from './support/demo.ts';

const SITE = `http://127.0.0.1:${DEMO_PORT}${DEMO_BASE}`;

test.describe('the demo on a static host under a sub-path', () => {
  test('first load: a working console, marked as a demo, and no request leaves the site', async ({
    page,
  }) => {
    const urls = recordRequests(page);
    await page.goto('./');
    const table = page.getByRole('table');
    await expect(table.getByRole('row', { name: /CMK - 02/ })).toContainText('Current');
    await expect(demoMarker(page)).toBeVisible();
    await page.setViewportSize({ width: 390, height: 800 });
    await expect(demoMarker(page)).toBeVisible();
    await page.waitForLoadState('networkidle');
    const elsewhere = urls.filter((url) => !url.startsWith(SITE) && !url.startsWith('data:'));
    expect(elsewhere).toEqual([]);
    // The tenant answers inside the page: the static host never sees an API call.
    expect(urls.filter((url) => /\/api\/|\/__/.test(url))).toEqual([]);
    console.log(`First load: ${urls.length} requests, all to ${SITE}`);
  });

  test('a deep link and a reload open the same view through 404.html', async ({ page }) => {
    const response = await page.goto(`providers/${CMK_02}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'CMK - 02' })).toBeVisible();
    await expect(demoMarker(page)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'CMK - 02' })).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Migration' })
      .click();
    await expect(page).toHaveURL(`${SITE}migration`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Migration' })).toBeVisible();
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute(
      'href',
      `${DEMO_BASE}favicon.svg`,
    );
  });

  test('a state saved by an older version is discarded with a notice', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      const older = { version: 0, snapshot: { scenario: 'default' } };
      localStorage.setItem('cmk-console-demo-state', JSON.stringify(older));
    });
    await page.goto('./');
    await expect(page.getByText('The saved demo was reset')).toBeVisible();
    await expect(page.getByRole('row', { name: /CMK - 02/ })).toBeVisible();
  });
});
