import { expect, test } from './support/fixtures.ts';
import {
  CMK_01,
  openConfirmStep,
  registerKey,
  startMigrationElsewhere,
} from './support/migration.ts';

const MIGRATE = { method: 'POST', path: '/actions/migrate', count: 1 };
const RESET = { method: 'POST', path: '/actions/reset-to-default-provider', count: 1 };

test.describe('every documented error of migrate and reset is explained', () => {
  const migrateFaults = [
    { status: 400, title: 'The tenant refused the request to start the migration' },
    { status: 401, title: 'The API key was refused' },
    { status: 404, title: 'Key provider not found' },
  ];
  for (const { status, title } of migrateFaults) {
    test(`migrate ${status}`, async ({ page, tenant }) => {
      await openConfirmStep(page, CMK_01.fingerprint);
      await tenant.injectFault({ ...MIGRATE, status });
      await page.getByRole('button', { name: 'Start migration' }).click();
      await expect(page.getByRole('alert')).toContainText(title);
      await expect(page.getByRole('alert')).toContainText(`HTTP ${status}`);
    });
  }

  const markers = [
    { marker: 'sim-migrate-precondition', status: 412, title: 'The migration could not start' },
    { marker: 'sim-migrate-unprepared', status: 424, title: 'The migration could not be prepared' },
  ];
  for (const { marker, status, title } of markers) {
    test(`migrate ${status} from the KMS (${marker})`, async ({ page }) => {
      const fingerprint = await registerKey(
        page,
        `Key ${status}`,
        `arn:aws:kms:us-east-1:123456789012:alias/${marker}`,
      );
      await openConfirmStep(page, fingerprint);
      await page.getByRole('button', { name: 'Start migration' }).click();
      await expect(page.getByRole('alert')).toContainText(title);
      await expect(page.getByRole('alert')).toContainText('Validate the key');
    });
  }

  test('migrate 428: a second migration is refused and the monitor offered', async ({ page }) => {
    await openConfirmStep(page, CMK_01.fingerprint);
    await startMigrationElsewhere(page, CMK_01.fingerprint);
    await page.getByRole('button', { name: 'Start migration' }).click();
    await expect(page.getByRole('alert')).toContainText('A migration is already running');
    await page.getByRole('link', { name: 'Open the running migration’s monitor' }).click();
    await expect(page).toHaveURL(/\/migration$/);
    await expect(page.getByRole('progressbar', { name: 'Migration progress' })).toBeVisible();
  });

  const resetFaults = [
    { status: 401, title: 'The API key was refused' },
    { status: 412, title: 'The return to the Qlik default could not start' },
    { status: 424, title: 'The tenant already uses the Qlik default' },
  ];
  for (const { status, title } of resetFaults) {
    test(`reset ${status}`, async ({ page, tenant }) => {
      await openConfirmStep(page, 'qlik-default');
      await tenant.injectFault({ ...RESET, status });
      await page.getByRole('button', { name: 'Start migration' }).click();
      await expect(page.getByRole('alert')).toContainText(title);
    });
  }

  test('reset 406: already running, the monitor offered', async ({ page }) => {
    await openConfirmStep(page, 'qlik-default');
    await startMigrationElsewhere(page, CMK_01.fingerprint);
    await page.getByRole('button', { name: 'Start migration' }).click();
    await expect(page.getByRole('alert')).toContainText('A migration is already running');
    await expect(
      page.getByRole('link', { name: 'Open the running migration’s monitor' }),
    ).toBeVisible();
  });

  test('reset 200: already on the Qlik default, nothing to watch', async ({ page, tenant }) => {
    await tenant.loadScenario('fresh');
    await openConfirmStep(page, 'qlik-default');
    await page.getByRole('button', { name: 'Start migration' }).click();
    await expect(page.getByRole('heading', { name: 'Nothing to migrate' })).toBeVisible();
    await expect(page.getByText('There is no migration to watch.')).toBeVisible();
  });

  test('preflight stops on a key that is not DR compliant unless overridden', async ({ page }) => {
    const fingerprint = await registerKey(
      page,
      'Not DR',
      'arn:aws:kms:us-east-1:123456789012:alias/sim-not-dr-compliant',
    );
    await page.goto(`/migration/new?target=${fingerprint}&step=preflight`);
    await expect(page.getByRole('alert')).toContainText('The key is not DR compliant');
    await expect(page.getByRole('alert')).toContainText('Encryption-88');
    const next = page.getByRole('button', { name: 'Next: confirm' });
    await expect(next).toBeDisabled();
    await page.getByRole('checkbox', { name: /Continue anyway/ }).check();
    await next.click();
    await expect(page.getByText('You chose to continue anyway.')).toBeVisible();
  });

  test('a deep link into the wizard says a migration runs instead of any step', async ({
    page,
  }) => {
    await startMigrationElsewhere(page, CMK_01.fingerprint);
    await page.goto('/migration/new?target=qlik-default&step=preflight');
    await expect(page.getByRole('alert')).toContainText('A migration is already running');
    await expect(page.getByRole('button', { name: 'Next: confirm' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Watch the migration' }).click();
    await expect(page).toHaveURL(/\/migration$/);
  });
});
