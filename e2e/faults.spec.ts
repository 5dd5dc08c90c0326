import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import type { SimulatorControl } from './support/simulator.ts';

const LIST = { method: 'GET', path: '/actions/list' };
const CREATE = { method: 'POST', path: '/\\/keyproviders$/' };
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef';

async function fillRegistration(page: Page) {
  await page.goto('/providers/new');
  await page.getByRole('textbox', { name: 'Name' }).fill('Resilient key');
  await page.getByRole('textbox', { name: 'KMS key ARN or alias ARN' }).fill(KEY);
  await page.getByRole('textbox', { name: 'Description' }).fill('typed before the fault');
}

async function expectRegistrationKept(page: Page) {
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Resilient key');
  await expect(page.getByRole('textbox', { name: 'KMS key ARN or alias ARN' })).toHaveValue(KEY);
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'typed before the fault',
  );
}

async function logged(tenant: SimulatorControl, method: string, path: RegExp) {
  return (await tenant.requests()).filter((r) => r.method === method && path.test(r.path));
}

const requestStatus = (page: Page) => page.getByRole('status', { name: 'Request status' });
const table = (page: Page) => page.getByRole('table', { name: /Key providers registered/ });

test.describe('reads survive faults and recover without a reload', () => {
  test('5xx: retried with backoff, saying when', async ({ page, tenant }) => {
    await tenant.injectFault({ ...LIST, status: 503, count: 2 });
    await page.goto('/');
    await expect(requestStatus(page)).toContainText('The tenant had a problem');
    await expect(table(page).getByRole('row')).toHaveCount(4, { timeout: 15_000 });
    expect(await logged(tenant, 'GET', /actions\/list$/)).toHaveLength(3);
  });

  test('dropped connection: cannot reach the tenant, then recovers', async ({ page, tenant }) => {
    await tenant.injectFault({ ...LIST, drop: true, count: 1 });
    await page.goto('/');
    await expect(requestStatus(page)).toContainText('Cannot reach the tenant');
    await expect(table(page).getByRole('row')).toHaveCount(4, { timeout: 10_000 });
  });

  test('429 with Retry-After in seconds: waits as told, then retries', async ({ page, tenant }) => {
    await tenant.injectFault({ ...LIST, status: 429, count: 1, headers: { 'Retry-After': '2' } });
    await page.goto('/');
    await expect(requestStatus(page)).toContainText(/Too many requests\. Trying again in \d s/);
    await expect(table(page).getByRole('row')).toHaveCount(4, { timeout: 10_000 });
    const [first, second] = await logged(tenant, 'GET', /actions\/list$/);
    const waited = Date.parse(second?.at ?? '') - Date.parse(first?.at ?? '');
    expect(waited).toBeGreaterThanOrEqual(1900);
  });

  test('429 with Retry-After as an HTTP date: retries no earlier than that date', async ({
    page,
    tenant,
  }) => {
    const retryAt = new Date(Date.now() + 5000).toUTCString();
    await tenant.injectFault({
      ...LIST,
      status: 429,
      count: 1,
      headers: { 'Retry-After': retryAt },
    });
    await page.goto('/');
    await expect(requestStatus(page)).toContainText(/Too many requests\. Trying again in \d s/);
    await expect(table(page).getByRole('row')).toHaveCount(4, { timeout: 15_000 });
    const [, second] = await logged(tenant, 'GET', /actions\/list$/);
    // Same machine, same clock: the retry is not sent before the date the tenant named.
    expect(Date.parse(second?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(retryAt) - 50);
  });

  test('a malformed body is explained, not retried blindly, and can be retried', async ({
    page,
    tenant,
  }) => {
    await tenant.injectFault({ ...LIST, malformed: true, count: 1 });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('The tenant sent an unreadable answer');
    expect(await logged(tenant, 'GET', /actions\/list$/)).toHaveLength(1);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(table(page).getByRole('row')).toHaveCount(4);
  });

  test('a slow answer is announced before the time limit', async ({ page, tenant }) => {
    await tenant.injectFault({ ...LIST, latencyMs: 8000, count: 1 });
    await page.goto('/');
    await expect(requestStatus(page)).toContainText('The tenant is slow to answer', {
      timeout: 7000,
    });
    await expect(table(page).getByRole('row')).toHaveCount(4, { timeout: 10_000 });
    await expect(requestStatus(page)).not.toContainText('slow');
  });

  test('an answer slower than the time limit ends in a clear timeout', async ({ page, tenant }) => {
    await tenant.injectFault({ ...LIST, latencyMs: 120_000, count: 2 });
    await page.clock.install();
    await page.goto('/');
    await expect(page.getByLabel('Loading key providers')).toBeVisible();
    await page.clock.fastForward('00:05');
    await expect(requestStatus(page)).toContainText('slow to answer');
    await page.clock.fastForward('00:30');
    await expect(requestStatus(page)).toContainText('The tenant did not answer in time');
    // The one retry starts a second later and waits the full limit again.
    await page.clock.fastForward('00:02');
    await page.clock.fastForward('00:31');
    await expect(page.getByRole('alert')).toContainText('The tenant did not answer in time');
    // On a loaded machine the second slow request may never have reached the tenant before the
    // browser gave up, leaving its fault queued for "Try again": the tenant is healthy again now.
    await tenant.clearFaults();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(table(page).getByRole('row')).toHaveCount(4);
  });
});

test.describe('writes are never retried on their own and lose nothing typed', () => {
  const faults = [
    ['5xx', { status: 500 }, 'The tenant had a problem'],
    ['a dropped connection', { drop: true }, 'Cannot reach the tenant'],
    ['429', { status: 429, headers: { 'Retry-After': '1' } }, 'Too many requests'],
    ['a malformed body', { malformed: true }, 'The tenant sent an unreadable answer'],
  ] as const;
  for (const [name, fault, title] of faults) {
    test(`register answered with ${name}`, async ({ page, tenant }) => {
      await tenant.injectFault({ ...CREATE, ...fault, count: 1 });
      await fillRegistration(page);
      await page.getByRole('button', { name: 'Register key' }).click();
      await expect(page.getByRole('alert')).toContainText(title);
      await expectRegistrationKept(page);
      await page.waitForTimeout(1500);
      expect(await logged(tenant, 'POST', /keyproviders$/)).toHaveLength(1);
    });
  }
});
