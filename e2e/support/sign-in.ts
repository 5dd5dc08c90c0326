import { expect, type Page } from '@playwright/test';

/** Signs in through the console's sign-in page and the simulated tenant's own page. */
export async function signInAs(
  page: Page,
  person: 'Ada Admin' | 'Grace Admin' | 'Nora Analyst',
  path = '/',
) {
  await page.goto(path);
  await page.getByRole('button', { name: 'Sign in with Qlik Cloud' }).click();
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${person}`) }).click();
  // Back from the tenant, the page loads afresh and the account controls are a lazy view: under
  // `npm run dev` on a busy machine their modules take longer than the default wait.
  await expect(page.getByText(`Signed in as ${person}`)).toBeVisible({ timeout: 20_000 });
}

/** Everything a page script or storage could read: a token must be in none of it. */
export async function browserVisibleText(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  const inPage = await page.evaluate(() => {
    const entries = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => {
        const key = storage.key(index) ?? '';
        return [key, storage.getItem(key)];
      });
    return {
      html: document.documentElement.outerHTML,
      local: JSON.stringify(entries(localStorage)),
      session: JSON.stringify(entries(sessionStorage)),
      cookie: document.cookie,
    };
  });
  return JSON.stringify({ cookies, ...inPage });
}
