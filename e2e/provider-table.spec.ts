import { SIM_PORT } from './support/servers.ts';
import { expect, expectNoAxeViolations, test, useColorScheme } from './support/fixtures.ts';

test.describe('provider table through the proxy', () => {
  test('shows every provider of the tenant with the current one marked', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Key providers' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Key providers registered on the tenant' });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(4);

    const qlik = table.getByRole('row', { name: /Qlik Internal Kms/ });
    await expect(qlik).toContainText('Qlik managed');
    await expect(qlik).not.toContainText('0001');
    await expect(qlik).not.toContainText('Invalid Date');

    await expect(table.getByRole('row', { name: /CMK - 02/ })).toContainText('Current');
    await expect(table.getByRole('row', { name: /CMK - 01/ })).toContainText('Not in use');
    await expect(table.getByRole('row', { name: /CMK - 01/ })).toContainText(
      'arn:aws:kms:us-east-1:857519135519:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d',
    );
    await expect(page.getByLabel(`Tenant 127.0.0.1:${SIM_PORT}`)).toBeVisible();
  });

  test('a fresh tenant lists only the Qlik default, current', async ({ page, tenant }) => {
    await tenant.loadScenario('fresh');
    await page.goto('/');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('Qlik Internal Kms');
    await expect(rows.nth(1)).toContainText('Current');
  });

  test('a tenant error is explained and can be retried', async ({ page, tenant }) => {
    await tenant.injectFault({ method: 'GET', path: '/actions/list', status: 417, count: 1 });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText(
      'The tenant could not load its key providers',
    );
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations in the ${scheme} theme`, async ({ page }) => {
      await useColorScheme(page, scheme);
      await page.goto('/');
      await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
      await expectNoAxeViolations(page);
      await page.screenshot({
        path: `test-results/screens/provider-table-${scheme}.png`,
        fullPage: true,
      });
    });
  }
});

test.describe('on a phone', () => {
  test.use({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });

  test('the page keeps the phone’s width: the table scrolls in its box, the header stays on screen', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'CMK - 02' })).toBeVisible();
    // A phone lays a page out wider than its screen when something overflows the document (an
    // absolutely positioned text in a cell once did): everything shrinks, the header's end is off-screen.
    expect(
      await page.evaluate(() => ({
        layout: window.innerWidth,
        document: document.documentElement.scrollWidth,
      })),
    ).toEqual({ layout: 412, document: 412 });
    await expect(
      page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }),
    ).toBeInViewport();
  });
});
