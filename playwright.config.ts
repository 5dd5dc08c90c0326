import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { pathOf } from './src/api/operations.gen.ts';
import {
  DEMO_BASE,
  DEMO_PORT,
  DEV_PORT,
  E2E_API_KEY,
  PROXY_PORT,
  READ_ONLY_PORT,
  RESTART_PROXY_PORT,
  RESTART_SIM_PORT,
  SIM_PORT,
  SIM_URL,
  WRONG_KEY_PORT,
} from './e2e/support/servers.ts';

// Debian's Chromium when present (Playwright cannot download browsers here), else Playwright's own.
const debianChromium = '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;

const outDir = process.env.CMK_OUT_DIR ?? 'dist';
if (!existsSync(`${outDir}/index.html`)) {
  throw new Error('e2e runs against the built app: run `npm run build` first (npm test does).');
}
const demoDir = `${outDir}-demo`;
if (!existsSync(`${demoDir}/404.html`)) {
  throw new Error(
    `The demo e2e needs \`npm run build:demo -- --base=${DEMO_BASE}\` (npm test does).`,
  );
}

// Empty values make the console ignore any QLIK_* the developer has in the shell or .env.local.
const noTenant = { QLIK_TENANT: '', QLIK_API_KEY: '', QLIK_READ_ONLY: '' };
const viaProxy = (apiKey: string) => ({
  ...noTenant,
  QLIK_TENANT: SIM_URL,
  QLIK_API_KEY: apiKey,
  QLIK_TENANT_REGION: 'us-east-1',
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'proxy',
      testIgnore: [
        /wrong-key\.spec/,
        /dev-server\.spec/,
        /tenant-outage\.spec/,
        /read-only\.spec/,
        /demo-.*\.spec/,
      ],
      use: { baseURL: `http://127.0.0.1:${PROXY_PORT}` },
    },
    {
      name: 'wrong-key',
      testMatch: /wrong-key\.spec/,
      use: { baseURL: `http://127.0.0.1:${WRONG_KEY_PORT}` },
    },
    {
      name: 'tenant-outage',
      testMatch: /tenant-outage\.spec/,
      use: { baseURL: `http://127.0.0.1:${RESTART_PROXY_PORT}` },
    },
    {
      name: 'read-only',
      testMatch: /read-only\.spec/,
      use: { baseURL: `http://127.0.0.1:${READ_ONLY_PORT}` },
    },
    {
      name: 'dev-server',
      testMatch: /dev-server\.spec/,
      use: { baseURL: `http://127.0.0.1:${DEV_PORT}` },
    },
    {
      name: 'demo',
      testMatch: /demo-.*\.spec/,
      use: { baseURL: `http://127.0.0.1:${DEMO_PORT}${DEMO_BASE}` },
    },
  ],
  webServer: [
    {
      command: 'npx tsx simulator/server.ts',
      url: `${SIM_URL}${pathOf('listKeyProviders')}`,
      env: {
        SIM_PORT: String(SIM_PORT),
        SIM_API_KEY: E2E_API_KEY,
        SIM_MIGRATION_MS: '4000',
      },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PROXY_PORT} --strictPort`,
      url: `http://127.0.0.1:${PROXY_PORT}/`,
      env: viaProxy(E2E_API_KEY),
      reuseExistingServer: false,
    },
    {
      command: `npx vite preview --host 127.0.0.1 --port ${WRONG_KEY_PORT} --strictPort`,
      url: `http://127.0.0.1:${WRONG_KEY_PORT}/`,
      env: viaProxy('not-the-tenant-key'),
      reuseExistingServer: false,
    },
    {
      command: `npx vite preview --host 127.0.0.1 --port ${RESTART_PROXY_PORT} --strictPort`,
      url: `http://127.0.0.1:${RESTART_PROXY_PORT}/`,
      env: { ...viaProxy(E2E_API_KEY), QLIK_TENANT: `http://127.0.0.1:${RESTART_SIM_PORT}` },
      reuseExistingServer: false,
    },
    {
      command: `npx vite preview --host 127.0.0.1 --port ${READ_ONLY_PORT} --strictPort`,
      url: `http://127.0.0.1:${READ_ONLY_PORT}/`,
      env: { ...viaProxy(E2E_API_KEY), QLIK_READ_ONLY: '1' },
      reuseExistingServer: false,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}/`,
      env: noTenant,
      reuseExistingServer: false,
    },
    {
      command: 'npx tsx e2e/support/static-site-server.ts',
      url: `http://127.0.0.1:${DEMO_PORT}${DEMO_BASE}`,
      env: { DEMO_SITE_DIR: demoDir, DEMO_SITE_BASE: DEMO_BASE, DEMO_SITE_PORT: String(DEMO_PORT) },
      reuseExistingServer: false,
    },
  ],
});
