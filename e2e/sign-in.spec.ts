import { expect, expectNoAxeViolations, test } from './support/fixtures.ts';
import { browserVisibleText, signInAs } from './support/sign-in.ts';

const CMK01 = '9f352c5a9c1618485051892cb57467e4';
/** What the simulated tenant's tokens look like: they must never reach the browser. */
const TOKEN = /\b(at|rt)_[\w-]{20,}/;

test('an admin signs in with their own account, acts, and finds the change under their name', async ({
  page,
  tenant,
}) => {
  await test.step('a signed-out visitor sees only the sign-in page', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Encryption keys' })).toBeVisible();
    await expect(page.getByText('127.0.0.1')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/screens/sign-in.png' });
  });

  await test.step('sign in at the tenant and come back to the console', async () => {
    await signInAs(page, 'Ada Admin', `/providers/${CMK01}`);
    await expect(page).toHaveURL(new RegExp(`/providers/${CMK01}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
    const cookies = await page.context().cookies();
    expect(cookies.map((cookie) => [cookie.name, cookie.httpOnly, cookie.sameSite])).toEqual([
      ['cmk_session', true, 'Lax'],
    ]);
  });

  await test.step('a change goes to the tenant with this person’s token', async () => {
    await tenant.clearRequests();
    await page.getByRole('link', { name: 'Edit name and description' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit CMK - 01' });
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Rotated by Ada');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Changes saved')).toBeVisible();
    const patches = (await tenant.requests()).filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.credential)).toEqual(['user:sim-user-ada']);
  });

  await test.step('the activity log names who changed what', async () => {
    await page.getByRole('link', { name: 'Activity' }).click();
    const row = page.getByRole('row').filter({ hasText: 'CMK - 01' }).first();
    await expect(row).toContainText('Ada Admin');
    await expect(row).toContainText('Edited');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/screens/activity.png', fullPage: true });
  });

  await test.step('no token is visible to the page', async () => {
    expect(await browserVisibleText(page)).not.toMatch(TOKEN);
  });
});

test('an expired token is refreshed without the person noticing; a dead session says so and keeps the typing', async ({
  page,
  tenant,
}) => {
  await signInAs(page, 'Grace Admin', `/providers/${CMK01}`);
  const before = await tenant.oauth();
  await tenant.expireAccessTokens();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
  expect((await tenant.oauth()).refreshed).toBeGreaterThan(before.refreshed);

  await page.getByRole('link', { name: 'Edit name and description' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit CMK - 01' });
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Typed before the session ended');
  await tenant.revokeAllTokens();
  await tenant.expireAccessTokens();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your session has ended, sign in again').first()).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'Typed before the session ended',
  );

  // "Sign in again" signs in in a new tab; the typing waits here and is sent on the next try.
  const opened = page.context().waitForEvent('page');
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  const signInTab = await opened;
  await signInTab.getByRole('button', { name: /^Sign in as Grace Admin/ }).click();
  await expect(
    signInTab.getByRole('heading', { level: 1, name: 'You are signed in again' }),
  ).toBeVisible();
  await signInTab.close();
  await page.bringToFront();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved')).toBeVisible();
});

test('a forged sign-in callback opens no session and never reaches the token endpoint', async ({
  page,
  tenant,
}) => {
  await tenant.clearRequests();
  await page.goto('/auth/callback?code=stolen-code&state=guessed-state');
  await expect(page.getByRole('alert')).toContainText('not started in this browser');
  await expect(page.getByRole('button', { name: 'Sign in with Qlik Cloud' })).toBeVisible();
  expect(await page.context().cookies()).toEqual([]);
  expect((await tenant.requests()).filter((r) => r.path.startsWith('/oauth/'))).toEqual([]);
});

test('a person who is not a tenant admin is told so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in with Qlik Cloud' }).click();
  await page.getByRole('button', { name: /^Sign in as Nora Analyst/ }).click();
  await expect(page.getByText('Signed in as Nora Analyst')).toBeVisible();
  await expect(page.getByText(/not a tenant admin/).first()).toBeVisible();
});

test('signing out revokes the tokens and closes the API', async ({ page, tenant }) => {
  await signInAs(page, 'Ada Admin');
  const before = await tenant.oauth();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in with Qlik Cloud' })).toBeVisible();
  expect((await tenant.oauth()).revoked - before.revoked).toBe(2);
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/v1/encryption/keyproviders/actions/list');
    return response.status;
  });
  expect(status).toBe(401);
});
