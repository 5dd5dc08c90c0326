import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_API_KEY } from './support/servers.ts';
import { expect, test } from './support/fixtures.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test.describe('the tenant API key stays on the server', () => {
  test('is in no built file', () => {
    const leaks = filesUnder(process.env.CMK_OUT_DIR ?? 'dist').filter((file) =>
      readFileSync(file, 'utf8').includes(E2E_API_KEY),
    );
    expect(leaks).toEqual([]);
  });

  test('is in nothing the browser receives, stores or logs', async ({ page }) => {
    const seen: string[] = [];
    page.on('console', (message) => seen.push(message.text()));
    page.on('response', async (response) => {
      seen.push(JSON.stringify(await response.allHeaders()));
      seen.push(await response.text().catch(() => ''));
    });
    for (const path of [
      '/',
      '/providers/9f352c5a9c1618485051892cb57467e4',
      '/providers/new',
      '/migration',
      '/migration/new',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      seen.push(await page.content());
    }
    await page.goto('/providers/9f352c5a9c1618485051892cb57467e4');
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    await expect(page.getByText('The key passed validation')).toBeVisible();
    seen.push(await page.content());
    seen.push(
      await page.evaluate(() =>
        JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
      ),
    );
    seen.push(await page.evaluate(() => document.cookie));
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.filter((text) => text.includes(E2E_API_KEY))).toEqual([]);
  });

  test('the proxy replaces browser credentials and hides the simulator controls', async ({
    request,
  }) => {
    const list = await request.get('/api/v1/encryption/keyproviders/actions/list', {
      headers: { Authorization: 'Bearer attacker-token', Cookie: 'session=stolen' },
    });
    expect(list.status()).toBe(200);
    expect(await list.text()).not.toContain(E2E_API_KEY);
    expect((await request.get('/__sim/state')).status()).toBe(404);
    expect((await request.get('/api/v1/users/me')).status()).toBe(404);
  });
});
