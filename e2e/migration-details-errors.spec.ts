import { expect, test } from './support/fixtures.ts';

const DETAILS = { method: 'GET', path: '/migration/actions/details', count: 20 };

test.describe('every documented error of the migration details is explained', () => {
  const cases = [
    [400, 'The tenant refused the request to read the migration'],
    [401, 'The API key was refused'],
    [417, 'The migration status is unavailable'],
  ] as const;
  for (const [status, title] of cases) {
    test(`details ${status}`, async ({ page, tenant }) => {
      await tenant.injectFault({ ...DETAILS, status });
      await page.goto('/migration');
      await expect(page.getByRole('alert')).toContainText(title, { timeout: 15_000 });
    });
  }
});
