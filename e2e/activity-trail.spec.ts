import type { APIRequestContext } from '@playwright/test';
import { MAX_REQUEST_BODY_BYTES } from '../proxy/api-proxy-app.ts';
import { expect, test } from './support/fixtures.ts';
import { READ_ONLY_PORT, SIGNIN_PORT } from './support/servers.ts';
import { signInAs } from './support/sign-in.ts';

const API = '/api/v1/encryption/keyproviders';
const RESET = `${API}/actions/reset-to-default-provider`;

type Page = { entries: { at: string; operation: string }[]; nextCursor: string | null };

async function newestEntries(request: APIRequestContext, base = '') {
  const response = await request.get(`${base}/__console/activity?limit=500`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as Page).entries.map((entry) => JSON.stringify(entry));
}

test.describe('the activity log records only what reached the tenant', () => {
  test('a form on another site, a body over the limit, a bad path or a query leave it unchanged', async ({
    page,
    request,
    playwright,
  }) => {
    const before = await newestEntries(request);
    const consoleOrigin = new URL(test.info().project.use.baseURL ?? '').origin;
    await page.route('http://attacker.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" action="${consoleOrigin}${RESET}" enctype="text/plain">
          <input name='=HYPERLINK("https://attacker.example")' value="x"><button>Win</button></form>`,
      }),
    );
    await page.goto('http://attacker.example/');
    const answered = page.waitForResponse(`${consoleOrigin}${RESET}`);
    await page.getByRole('button', { name: 'Win' }).click();
    expect((await answered).status()).toBe(403);

    expect((await request.delete(`${API}/a%2F..%2Fb`)).status()).toBe(404);
    expect((await request.post(`${RESET}?force=1`)).status()).toBe(400);
    // Its own connection: the 413 is answered before the body is read, so that socket is done.
    const once = await playwright.request.newContext({ baseURL: consoleOrigin });
    const tooLarge = await once.post(API, {
      headers: { 'content-type': 'application/json' },
      data: 'x'.repeat(MAX_REQUEST_BODY_BYTES + 1),
    });
    expect(tooLarge.status()).toBe(413);
    await once.dispose();
    expect(await newestEntries(request)).toEqual(before);

    await page.goto(`${consoleOrigin}/activity`);
    await expect(page.getByRole('heading', { name: 'Activity' })).toBeVisible();
    await expect(page.getByText('HYPERLINK')).toHaveCount(0);
  });

  test('a read-only console records none of the changes it refuses', async ({ request }) => {
    const readOnly = `http://127.0.0.1:${String(READ_ONLY_PORT)}`;
    const before = await newestEntries(request, readOnly);
    expect((await request.post(`${readOnly}${RESET}`)).status()).toBe(403);
    expect(
      (await request.delete(`${readOnly}${API}/b5fe2c83b25f9e39487bca28f69e4210`)).status(),
    ).toBe(403);
    expect(await newestEntries(request, readOnly)).toEqual(before);
  });

  test('sign-in mode records none of a signed-out visitor’s POSTs, however large', async ({
    page,
    playwright,
  }) => {
    const signIn = `http://127.0.0.1:${String(SIGNIN_PORT)}`;
    await signInAs(page, 'Ada Admin', `${signIn}/`);
    const before = await newestEntries(page.request, signIn);
    const name = 'x'.repeat(MAX_REQUEST_BODY_BYTES - 200);
    const body = JSON.stringify({
      name,
      arn: 'arn:aws:kms:us-east-1:1:key/x',
      keyprovider: 'AWS-KMS',
    });
    for (let n = 0; n < 10; n += 1) {
      // A new connection each: the 401 is answered before the body is read.
      const stranger = await playwright.request.newContext({ baseURL: signIn });
      const headers = { 'content-type': 'application/json' };
      expect((await stranger.post(API, { headers, data: body })).status()).toBe(401);
      await stranger.dispose();
    }
    expect(await newestEntries(page.request, signIn)).toEqual(before);
  });

  test('the Activity page pages through more entries than one page holds', async ({
    page,
    request,
  }) => {
    // Each is sent to the tenant, so each is an entry, whatever the tenant answers.
    for (let n = 0; n < 105; n += 1) await request.post(RESET);
    await page.goto('/activity');
    const rows = page.getByRole('table').getByRole('row');
    await expect(page.getByText(/^100 changes; older ones are not loaded yet\./)).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/activity-pages.png', fullPage: false });
    await page.getByRole('button', { name: 'Load older entries' }).click();
    await expect(page.getByText(/^(1\d\d|200) changes/)).toBeVisible();
    expect(await rows.count()).toBeGreaterThan(1);
  });
});
