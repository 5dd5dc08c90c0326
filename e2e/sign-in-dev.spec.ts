import { expect, test } from './support/fixtures.ts';
import { signInAs } from './support/sign-in.ts';

test('npm run dev in sign-in mode: sign in, see the table as that person, sign out', async ({
  page,
  tenant,
}) => {
  await signInAs(page, 'Ada Admin');
  await tenant.clearRequests();
  await page.reload();
  await expect(page.getByRole('link', { name: 'CMK - 02' })).toBeVisible();
  const credentials = new Set((await tenant.requests()).map((r) => r.credential));
  expect([...credentials]).toEqual(['user:sim-user-ada']);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in with Qlik Cloud' })).toBeVisible();
});
