import { expect, expectNoAxeViolations, test } from './support/fixtures.ts';
import { CMK_01 } from './support/migration.ts';

const CMK_02 = { name: 'CMK - 02', fingerprint: 'b5fe2c83b25f9e39487bca28f69e4210' };
const QLIK_DEFAULT = 'ImTRa-bkJTD-NZRYjNBa_rDhwSVA6Qo8';

test('a migration started elsewhere shows on every view, and the console only reads', async ({
  page,
  tenant,
}) => {
  test.setTimeout(60_000);
  await tenant.setMigrationDuration(120_000);
  await tenant.startMigration(CMK_01.fingerprint);
  await tenant.clearRequests();

  await test.step('the table marks the target and the source', async () => {
    await page.goto('/');
    const table = page.getByRole('table');
    await expect(table.getByRole('row', { name: /CMK - 01/ })).toContainText(/Migrating \d+ %/);
    await expect(table.getByRole('row', { name: /CMK - 02/ })).toContainText('Being replaced');
    await expect(table.getByRole('row', { name: /Qlik Internal Kms/ })).not.toContainText(
      /Migrating|Being replaced/,
    );
    await expect(page.getByRole('link', { name: 'Register a key' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/screens/awareness-table.png', fullPage: true });
  });

  await test.step('the target’s page refuses what the tenant would refuse, in words', async () => {
    await page.getByRole('link', { name: CMK_01.name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: CMK_01.name })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Migrate to this key' })).toBeDisabled();
    await expect(page.getByRole('link', { name: 'Migrate to this key' })).toHaveCount(0);
    await expect(page.getByText(/The tenant is migrating to this key now \(\d+ %\)/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await expect(page.getByRole('link', { name: 'Delete' })).toHaveCount(0);
    await expect(page.getByText('This key is the target of the running migration')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Watch the migration' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/screens/awareness-target.png', fullPage: true });
  });

  await test.step('the source and the Qlik default (reset) offer no live refused action', async () => {
    await page.goto(`/providers/${CMK_02.fingerprint}/delete`);
    await expect(page.getByRole('heading', { level: 1, name: CMK_02.name })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await expect(page.getByText('moving the tenant off this key')).toBeVisible();
    await page.goto(`/providers/${QLIK_DEFAULT}`);
    await expect(page.getByRole('button', { name: 'Migrate to this key' })).toBeDisabled();
    await expect(page.getByText('A migration is running; another can start')).toBeVisible();
  });

  await test.step('a deep link into the wizard says it at once', async () => {
    await page.goto(`/migration/new?target=qlik-default&step=confirm`);
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('A migration is already running');
    await expect(notice.getByLabel('From CMK - 02 to CMK - 01')).toBeVisible();
    await expect(notice.getByRole('progressbar')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start migration' })).toHaveCount(0);
    await expect(page.getByRole('radio')).toHaveCount(0);
    await notice.getByRole('link', { name: 'Watch the migration' }).click();
    await expect(page.getByRole('heading', { name: 'Migration in progress' })).toBeVisible();
  });

  const methods = new Set((await tenant.requests()).map((request) => request.method));
  expect([...methods]).toEqual(['GET']);
});
