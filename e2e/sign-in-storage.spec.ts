import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startPostgresCluster } from '../server/db/testing/postgres-cluster.ts';
import { expect, test } from './support/fixtures.ts';
import { RestartableConsole } from './support/restartable-console.ts';
import { SIGNIN_RESTART_PORT, SIGNIN_SHARED_PORTS } from './support/servers.ts';
import { signInAs } from './support/sign-in.ts';
import type { SimulatorControl } from './support/simulator.ts';

const CMK01 = '9f352c5a9c1618485051892cb57467e4';
const SECRET = 'e2e-session-secret-shared-by-both-instances';

async function editDescription(page: Page, tenant: SimulatorControl, text: string) {
  await tenant.clearRequests();
  await page.getByRole('link', { name: 'Edit name and description' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit CMK - 01' });
  await dialog.getByRole('textbox', { name: 'Description' }).fill(text);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved')).toBeVisible();
  const patches = (await tenant.requests()).filter((r) => r.method === 'PATCH');
  expect(patches.map((r) => r.credential)).toEqual(['user:sim-user-ada']);
}

test('a restart of `npm start` on its embedded database keeps the admin signed in', async ({
  page,
  tenant,
}) => {
  test.setTimeout(150_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'cmk-e2e-restart-'));
  const server = new RestartableConsole(SIGNIN_RESTART_PORT, { CONSOLE_DATA_DIR: dataDir });
  await server.start();
  try {
    await signInAs(page, 'Ada Admin', `${server.url}/providers/${CMK01}`);
    await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();

    await test.step('the server is stopped and started again (a deploy)', async () => {
      await server.stop();
      await server.start();
      expect(server.log()).toContain(`Storage: PGlite in ${dataDir}`);
    });

    await test.step('the page reloads still signed in, and a change goes out with Ada’s token', async () => {
      await page.reload();
      await expect(page.getByText('Signed in as Ada Admin')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
      await editDescription(page, tenant, 'Saved after the restart');
      await page.screenshot({ path: 'test-results/screens/signed-in-after-restart.png' });
    });
  } finally {
    await server.stop();
  }
});

test('two instances on one PostgreSQL: sign in on one, keep working on the other', async ({
  page,
  tenant,
}) => {
  test.setTimeout(150_000);
  const cluster = await startPostgresCluster();
  const storage = { DATABASE_URL: await cluster.createDatabase(), CONSOLE_SESSION_SECRET: SECRET };
  const [one, other] = SIGNIN_SHARED_PORTS.map((port) => new RestartableConsole(port, storage));
  if (!one || !other) throw new Error('two ports are configured');
  try {
    await Promise.all([one.start(), other.start()]);
    expect(other.log()).toMatch(/Storage: PostgreSQL at postgres:\/\/postgres:\*\*\*@/);

    await signInAs(page, 'Ada Admin', `${one.url}/providers/${CMK01}`);

    await test.step('the other instance knows the session (no sticky routing)', async () => {
      // Cookies are per host, not per port: the browser sends the same cookie to both, as it
      // would to one origin behind a load balancer.
      await page.goto(`${other.url}/providers/${CMK01}`);
      await expect(page.getByText('Signed in as Ada Admin')).toBeVisible();
      await editDescription(page, tenant, 'Saved through the other instance');
    });

    await test.step('the first instance goes away; the other keeps serving the session', async () => {
      await one.stop();
      await page.reload();
      await expect(page.getByText('Signed in as Ada Admin')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'CMK - 01' })).toBeVisible();
    });
  } finally {
    await Promise.all([one.stop(), other.stop()]);
    cluster.stop();
  }
});
