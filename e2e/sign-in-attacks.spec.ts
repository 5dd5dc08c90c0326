import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures.ts';
import { SIM_URL } from './support/servers.ts';
import { signInAs } from './support/sign-in.ts';

const CMK01 = '9f352c5a9c1618485051892cb57467e4';

/** Opens the console's login with this returnTo, signs in as Ada; where Chromium lands after. */
async function signInReturningTo(page: Page, returnTo: string) {
  await page.goto(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByRole('button', { name: /^Sign in as Ada Admin/ }).click();
  await page.waitForURL((url) => url.origin !== SIM_URL && !url.pathname.startsWith('/auth/'));
  return new URL(page.url());
}

test('a sign-in comes back only to a page of this console, however returnTo is written', async ({
  page,
  baseURL,
}) => {
  // A dozen sign-ins in a row: under `npm run dev` on a busy machine that takes a while.
  test.setTimeout(120_000);
  const console_ = new URL(baseURL ?? '').origin;
  const hostile = [
    '//evil.example/',
    '/\\evil.example/',
    '\\/evil.example/',
    '/\t/evil.example/',
    '\n//evil.example/',
    '/\x0b',
    '/%09/evil.example',
    'https://evil.example/',
    'javascript:alert(document.domain)',
    '\uFF0F\uFF0Fevil.example',
    `http://ada@${new URL(console_).host}/providers`,
  ];
  for (const returnTo of hostile) {
    await test.step(`returnTo ${JSON.stringify(returnTo)}`, async () => {
      const landed = await signInReturningTo(page, returnTo);
      expect(landed.origin).toBe(console_);
      expect(landed.hostname).not.toContain('evil');
      expect((await page.request.get('/auth/session')).status()).toBe(200);
    });
  }
  await test.step('a real console path, with its query and fragment, is kept', async () => {
    const landed = await signInReturningTo(page, `/providers/${CMK01}?from=mail#top`);
    expect(`${landed.pathname}${landed.search}${landed.hash}`).toBe(
      `/providers/${CMK01}?from=mail#top`,
    );
    await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
  });
});

test('no address sent to /auth answers with a server error', async ({ request }) => {
  const values = ['%0B', '%00', '%0D%0A', '%', '%FF', '/%0B', '/%E2%80%A8'];
  for (const value of values) {
    const login = await request.get(`/auth/login?returnTo=${value}`, { maxRedirects: 0 });
    expect(login.status(), `login ${value}`).toBe(302);
    const callback = await request.get(`/auth/callback?code=${value}&state=${value}`, {
      maxRedirects: 0,
      headers: { cookie: `cmk_signin=${value}` },
    });
    expect(callback.status(), `callback ${value}`).toBe(302);
    expect(callback.headers()['location']).toBe('/?signin_error=state');
  }
});

test('a flood of logins from elsewhere does not cancel a sign-in in progress', async ({
  page,
  baseURL,
}) => {
  await page.goto('/activity');
  await page.getByRole('button', { name: 'Sign in with Qlik Cloud' }).click();
  await expect(page.getByRole('button', { name: /^Sign in as Ada Admin/ })).toBeVisible();

  const FLOOD = 5_000;
  const statuses = new Map<number, number>();
  let sent = 0;
  const started = Date.now();
  // A few at a time: the point is how many pending sign-ins the server is asked to hold.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (sent < FLOOD) {
        sent += 1;
        const response = await fetch(`${baseURL ?? ''}/auth/login`, { redirect: 'manual' });
        await response.body?.cancel();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  test.info().annotations.push({
    type: 'flood',
    description: `${String(FLOOD)} logins in ${String(Date.now() - started)} ms`,
  });
  expect(Object.fromEntries(statuses)).toEqual({ 302: FLOOD });

  await page.getByRole('button', { name: /^Sign in as Ada Admin/ }).click();
  await expect(page.getByText('Signed in as Ada Admin')).toBeVisible();
  await expect(page).toHaveURL(/\/activity$/);
});

test('signing in again revokes the old session’s tokens at the tenant', async ({
  page,
  tenant,
}) => {
  await signInAs(page, 'Ada Admin');
  const before = await tenant.oauth();
  await page.goto('/auth/login?returnTo=/activity');
  await page.getByRole('button', { name: /^Sign in as Grace Admin/ }).click();
  await expect(page.getByText('Signed in as Grace Admin')).toBeVisible();
  const after = await tenant.oauth();
  expect(after.revoked - before.revoked).toBe(2);
  expect(
    after.revocations
      .slice(-2)
      .map((r) => [r.userId, r.kind])
      .sort(),
  ).toEqual([
    ['sim-user-ada', 'access_token'],
    ['sim-user-ada', 'refresh_token'],
  ]);
  expect(after.activeRefreshTokens).toBe(before.activeRefreshTokens);
});

test('the sign-in page says what went wrong in its own words, never the address’s', async ({
  page,
}) => {
  await test.step('a forged message in the address is not shown', async () => {
    const forged = '<img src=x onerror=alert(1)> Your account is locked: call +1 555 0100';
    await page.goto(`/?signin_error=${encodeURIComponent(forged)}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The sign-in did not complete. Sign in again.');
    await expect(page.locator('body')).not.toContainText('555 0100');
    await expect(page.locator('body')).not.toContainText('onerror');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  await test.step('declining at the tenant is explained', async () => {
    await page.getByRole('button', { name: 'Sign in with Qlik Cloud' }).click();
    await page.getByRole('button', { name: 'Decline' }).click();
    await expect(page).toHaveURL(/\?signin_error=denied$/);
    await expect(page.getByRole('alert')).toContainText('the sign-in was declined');
    expect(await page.context().cookies()).toEqual([]);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/screens/sign-in-declined.png' });
  });
});
