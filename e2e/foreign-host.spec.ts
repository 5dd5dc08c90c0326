// A browser that reaches the console under another name (DNS rebinding) or from another site's
// page can neither read nor change anything: npm start (API key), sign-in, the fleet and vite dev.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { pathOf } from '../src/api/operations.gen.ts';
import { chromiumArgs, chromiumPath } from './support/chromium.ts';
import {
  DEV_PORT,
  FLEET_ACME_KEY,
  FLEET_ACME_SIM_URL,
  FLEET_PORT,
  PRODUCTION_PORT,
  SIGNIN_PORT,
} from './support/servers.ts';
import { SimulatorControl } from './support/simulator.ts';

const ATTACKER = 'attacker.example';
const LIST = pathOf('listKeyProviders');
const RESET = pathOf('resetToDefaultProvider');

interface Console {
  name: string;
  port: number;
  /** Where the console's API lives under it (a fleet's tenant under /t/<id>). */
  prefix: string;
  /** How many API requests the tenant behind it has logged. */
  tenantRequests: (request: APIRequestContext) => Promise<number>;
}

const mainTenant = async (request: APIRequestContext) =>
  (await new SimulatorControl(request).requests()).length;

const CONSOLES: Console[] = [
  { name: 'npm start (API key)', port: PRODUCTION_PORT, prefix: '', tenantRequests: mainTenant },
  { name: 'sign-in', port: SIGNIN_PORT, prefix: '', tenantRequests: mainTenant },
  {
    name: 'fleet',
    port: FLEET_PORT,
    prefix: '/t/acme',
    tenantRequests: async (request) => {
      const acme = new SimulatorControl(request, {
        url: FLEET_ACME_SIM_URL,
        apiKey: FLEET_ACME_KEY,
      });
      return (await acme.requests()).length;
    },
  },
  {
    name: 'vite dev (embedded simulator)',
    port: DEV_PORT,
    prefix: '',
    tenantRequests: async (request) => {
      const log = await request.get(`http://127.0.0.1:${DEV_PORT}/__sim/requests`);
      expect(log.ok()).toBe(true);
      return ((await log.json()) as unknown[]).length;
    },
  },
];

let browser: Browser;
let attackerSite: Server;
let attackerPort: number;

/** Another site's page: a form and scripts that aim at the console's real address. */
function attackerPage(target: string) {
  return `<!doctype html><title>Win a prize</title>
<form method="post" action="${target}${RESET}" enctype="text/plain">
  <input name='{"a":"' value='"}'><button>Claim</button>
</form>`;
}

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      `--host-resolver-rules=MAP ${ATTACKER} 127.0.0.1`,
      // Chromium's own Local Network Access check would stop the rebinding page's fetches before
      // they leave the browser; other browsers have none. Off, so the console's refusal is tested.
      '--disable-features=LocalNetworkAccessChecks',
    ],
  });
  attackerSite = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('target') ?? '';
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(attackerPage(target));
  });
  await new Promise<void>((resolve) => attackerSite.listen(0, '127.0.0.1', resolve));
  attackerPort = (attackerSite.address() as AddressInfo).port;
});

test.afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => attackerSite.close(resolve));
});

for (const target of CONSOLES) {
  test.describe(target.name, () => {
    const real = `http://127.0.0.1:${target.port}`;
    const rebound = `http://${ATTACKER}:${target.port}`;

    test('opened under another name, the page load is refused', async () => {
      const page = await browser.newPage();
      for (const path of ['/', `${target.prefix}/`, `${target.prefix}${LIST}`]) {
        const response = await page.goto(`${rebound}${path}`);
        expect(response?.status(), path).toBe(421);
        expect(response?.headers()['x-cmk-proxy-error']).toBe('foreign-host');
      }
      await expect(page.getByText('CMK-FOREIGN-HOST')).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('foreign-host.png') });
      await page.close();
    });

    test('a rebinding page (same origin as the name) can neither read nor change', async ({
      request,
    }) => {
      const before = await target.tenantRequests(request);
      const page = await browser.newPage();
      // The attacker's page as it was served before the name was rebound to 127.0.0.1.
      await page.route(`${rebound}/prize`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>prize</title>' }),
      );
      await page.goto(`${rebound}/prize`);
      const statuses = await page.evaluate(
        async ({ prefix, list, reset }) => {
          const reads = ['/__console/info', `${prefix}/__console/activity`, `${prefix}${list}`];
          const answers = await Promise.all([
            ...reads.map((path) => fetch(path)),
            fetch(`${prefix}${reset}`, { method: 'POST' }),
          ]);
          return answers.map((answer) => answer.status);
        },
        { prefix: target.prefix, list: LIST, reset: RESET },
      );
      expect(statuses).toEqual([421, 421, 421, 421]);
      expect(await target.tenantRequests(request)).toBe(before);
      await page.close();
    });

    test('another site’s page that posts to the real address is refused', async ({ request }) => {
      const before = await target.tenantRequests(request);
      const page = await browser.newPage();
      await page.goto(
        `http://${ATTACKER}:${attackerPort}/?target=${encodeURIComponent(real + target.prefix)}`,
      );
      const read = await page.evaluate(async (url) => {
        try {
          return String((await fetch(url)).status);
        } catch {
          return 'unreadable';
        }
      }, `${real}${target.prefix}/__console/activity`);
      expect(read).toBe('unreadable');
      // A blind POST: the page cannot read the answer (Cross-Origin-Resource-Policy may even
      // fail the fetch), but it is sent; the tenant's log says whether it went through.
      await page.evaluate(
        (url) => fetch(url, { method: 'POST', mode: 'no-cors', body: '{}' }).catch(() => null),
        `${real}${target.prefix}${RESET}`,
      );
      const [answer] = await Promise.all([
        page.waitForResponse(`${real}${target.prefix}${RESET}`),
        page.getByRole('button', { name: 'Claim' }).click(),
      ]);
      expect([401, 403]).toContain(answer.status());
      expect(await target.tenantRequests(request)).toBe(before);
      await page.close();
    });
  });
}
