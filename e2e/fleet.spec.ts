import type { Page } from '@playwright/test';
import { expectNoAxeViolations, useColorScheme } from './support/fixtures.ts';
import { expect, test } from './support/fleet.ts';
import { FLEET_ACME_KEY, FLEET_ACME_SIM_URL } from './support/servers.ts';

// The fleet project: the production server (`npm start`) with a tenants file of three tenants —
// acme (API key, its own simulator), globex (machine-to-machine OAuth client, its own simulator,
// on the Qlik default) and initech (a closed port: unreachable).

const ARN = 'arn:aws:kms:eu-west-1:123456789012:key/mrk-1234567890abcdef1234567890abcdef';

/** What the browser does when the tab goes to the background (headless Chromium never does it). */
async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/** The "Show" filter: its options are radio buttons drawn under their labels. */
async function show(page: Page, option: string) {
  await page
    .getByRole('radiogroup', { name: 'Show' })
    .locator('label', { hasText: new RegExp(`^${option}$`) })
    .click();
  await expect(page.getByRole('radio', { name: option, exact: true })).toBeChecked();
}

const row = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) });

async function fingerprintOf(request: import('@playwright/test').APIRequestContext, name: string) {
  const response = await request.get(
    `${FLEET_ACME_SIM_URL}/api/v1/encryption/keyproviders/actions/list`,
    { headers: { Authorization: `Bearer ${FLEET_ACME_KEY}` } },
  );
  const providers = (await response.json()) as { name: string; arnFingerPrint: string }[];
  const found = providers.find((provider) => provider.name === name);
  if (!found) throw new Error(`acme has no key named ${name}`);
  return found.arnFingerPrint;
}

test('the overview shows each tenant in its own row, each asked with its own credentials', async ({
  page,
  acme,
  globex,
}) => {
  await acme.clearRequests();
  await globex.clearRequests();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    '3 tenants: 1 on a customer key, 1 on the Qlik default, 1 unreachable',
  );

  await expect(row(page, 'Acme Corp')).toContainText('CMK - 02');
  await expect(row(page, 'Acme Corp')).toContainText('AWS KMS');
  await expect(row(page, 'Acme Corp').getByRole('cell').nth(1)).toHaveText('3');
  await expect(row(page, 'Acme Corp')).toContainText('OK');
  await expect(row(page, 'Globex')).toContainText('Qlik default');
  await expect(row(page, 'Globex')).toContainText('None yet');
  await expect(row(page, 'Globex').getByRole('cell').nth(1)).toHaveText('1');
  await expect(row(page, 'Initech')).toContainText('Unreachable');
  await expect(row(page, 'Initech')).toContainText('Check the tenant');

  // Each tenant got only its own credentials, and only the console's two reads.
  // The API requests: globex's log also holds the console's token requests at /oauth/token.
  const isApi = (entry: { path: string }) => entry.path.startsWith('/api/');
  const acmeLog = (await acme.requests()).filter(isApi);
  const globexLog = (await globex.requests()).filter(isApi);
  expect(acmeLog.length).toBeGreaterThanOrEqual(2);
  expect(new Set(acmeLog.map((entry) => entry.credential))).toEqual(new Set(['api-key']));
  expect(globexLog.length).toBeGreaterThanOrEqual(2);
  expect(new Set(globexLog.map((entry) => entry.credential))).toEqual(
    new Set(['client:sim-m2m-client']),
  );
  for (const entry of [...acmeLog, ...globexLog]) expect(entry.method).toBe('GET');

  await test.step('filter, sort and search', async () => {
    await show(page, 'Problem');
    await expect(page.getByText('1 of 3 tenants match')).toBeVisible();
    await expect(row(page, 'Initech')).toBeVisible();
    await expect(row(page, 'Acme Corp')).toBeHidden();
    await expect(page).toHaveURL(/show=problem/);
    await show(page, 'All');
    await page.getByRole('button', { name: 'Tenant' }).click();
    const names = page.getByRole('rowheader');
    await expect(names.first()).toContainText('Initech');
    await page.getByRole('textbox', { name: 'Search tenants' }).fill('glob');
    await expect(page.getByText('1 of 3 tenants match')).toBeVisible();
    await expect(names).toHaveCount(1);
  });

  await test.step('export the table as CSV', async () => {
    await page.getByRole('textbox', { name: 'Search tenants' }).fill('');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^fleet-\d{4}-\d{2}-\d{2}T\d{6}Z\.csv$/);
    const text = await (await file.createReadStream()).toArray();
    const csv = Buffer.concat(text).toString('utf8');
    expect(csv).toContain('Acme Corp,acme,');
    expect(csv).toMatch(/Initech,initech,http:\/\/127\.0\.0\.1:\d+,,,,,,Unreachable,/);
  });

  await test.step('a hidden page asks no tenant anything', async () => {
    await setHidden(page, true);
    await expect(page.getByText('checks paused while this page is hidden')).toBeVisible();
    await acme.clearRequests();
    await page.getByRole('button', { name: 'Check all now' }).click();
    await page.waitForTimeout(1_000);
    expect(await acme.requests()).toEqual([]);
    await setHidden(page, false);
    await expect.poll(async () => (await acme.requests()).length).toBeGreaterThanOrEqual(2);
  });

  for (const scheme of ['light', 'dark'] as const) {
    await useColorScheme(page, scheme);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/screens/fleet-${scheme}.png`, fullPage: true });
  }
});

test('inside one tenant every view works and every request reaches that tenant only', async ({
  page,
  acme,
  globex,
}) => {
  await globex.clearRequests();
  await page.goto('/');
  await row(page, 'Acme Corp').getByRole('link', { name: 'Acme Corp' }).click();
  await expect(page).toHaveURL(/\/t\/acme\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Key providers' })).toBeVisible();
  await expect(page.getByLabel('Tenant Acme Corp')).toBeVisible();
  await expect(page.getByRole('row', { name: /CMK - 02/ })).toBeVisible();
  await globex.clearRequests();

  await page.getByRole('link', { name: 'Register a key' }).click();
  await expect(page).toHaveURL(/\/t\/acme\/providers\/new$/);
  await page.getByRole('textbox', { name: 'Name' }).fill('Acme fleet key');
  await page.getByRole('textbox', { name: 'KMS key ARN or alias ARN' }).fill(ARN);
  await page.getByRole('button', { name: 'Register key' }).click();
  await expect(page.getByText('Key registered')).toBeVisible();
  await expect(page).toHaveURL(/\/t\/acme\/providers\/[0-9a-f]{32}$/);

  // A reload of the deep link stays in the tenant.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme fleet key' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/fleet-tenant-detail.png', fullPage: true });

  for (const view of ['Migration', 'Key history', 'Activity']) {
    await page.getByRole('link', { name: view }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/t\/acme\//);
  }
  await expect(page.getByRole('row', { name: /Acme fleet key/ })).toBeVisible();

  const posted = (await acme.requests()).filter((entry) => entry.method === 'POST');
  expect(posted.map((entry) => entry.credential)).toEqual(['api-key']);
  expect(await globex.requests()).toEqual([]);

  await page.getByRole('link', { name: 'All tenants' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible();
  await expect(row(page, 'Acme Corp').getByRole('cell').nth(1)).toHaveText('4');
});

test('an address of a tenant the console does not have says so', async ({ page }) => {
  await page.goto('/t/umbrella/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'No tenant “umbrella” here' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Go to the fleet overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible();
});

test('a migration started in one tenant shows on the fleet page and completes', async ({
  page,
  request,
  acme,
}) => {
  await acme.setMigrationDuration(6_000);
  await acme.startMigration(await fingerprintOf(request, 'CMK - 01'));
  await page.goto('/');
  await expect(row(page, 'Acme Corp')).toContainText(/Migrating \d+ %/);
  await expect(page.getByRole('status')).toContainText('1 migrating');
  await show(page, 'Migrating');
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  await show(page, 'All');
  // A migrating tenant is looked at every 5 s: the end shows without a reload.
  await expect(row(page, 'Acme Corp')).toContainText('Last completed', { timeout: 20_000 });
  await expect(row(page, 'Acme Corp')).toContainText('CMK - 01');
  await expect(page.getByRole('status')).not.toContainText('migrating');
});
