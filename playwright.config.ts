import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/support/chromium.ts';
import { pathOf } from './src/api/operations.gen.ts';
import {
  DEMO_BASE,
  DEMO_PORT,
  DEV_PORT,
  E2E_API_KEY,
  FLEET_ACME_KEY,
  FLEET_ACME_SIM_PORT,
  FLEET_ENV_NAMES,
  FLEET_GLOBEX_CLIENT,
  FLEET_GLOBEX_SIM_KEY,
  FLEET_GLOBEX_SIM_PORT,
  FLEET_GLOBEX_SIM_URL,
  FLEET_PORT,
  FLEET_ACME_SIM_URL,
  FLEET_TENANTS,
  PRODUCTION_PORT,
  SIGNIN_DEV_PORT,
  SIGNIN_PORT,
  SIGNIN_RESTART_PORT,
  PROXY_PORT,
  READ_ONLY_PORT,
  RESTART_PROXY_PORT,
  RESTART_SIM_PORT,
  SIM_PORT,
  SIM_URL,
  WRONG_KEY_PORT,
} from './e2e/support/servers.ts';

const outDir = process.env.CMK_OUT_DIR ?? 'dist';
if (!existsSync(`${outDir}/index.html`) || !existsSync(`${outDir}-server/start.js`)) {
  throw new Error('e2e runs against the built app: run `npm run build` first (npm test does).');
}
const demoDir = `${outDir}-demo`;
if (!existsSync(`${demoDir}/404.html`)) {
  throw new Error(
    `The demo e2e needs \`npm run build:demo -- --base=${DEMO_BASE}\` (npm test does).`,
  );
}

/** fleet-server.spec.ts, fleet.spec.ts… (by file name: the worktree's folder may say "fleet" too). */
const FLEET_SPECS = /[\\/]fleet[^\\/]*\.spec\.ts$/;

/** The journeys that also run on `npm start`: a subset, the whole suite runs on vite preview. */
const PRODUCTION_JOURNEYS = [
  /providers-lifecycle\.spec/,
  /migration-journey\.spec/,
  /api-key-secrecy\.spec/,
  /security-headers\.spec/,
  /production-server\.spec/,
];

// Empty values make the console ignore any QLIK_* the developer has in the shell or .env.local.
const noTenant = {
  CONSOLE_TENANTS_FILE: '',
  SIM_FLEET: '',
  SIM_LATENCY_MS: '',
  QLIK_TENANT: '',
  QLIK_API_KEY: '',
  QLIK_READ_ONLY: '',
  QLIK_OAUTH_CLIENT_ID: '',
  QLIK_OAUTH_CLIENT_SECRET: '',
};
const viaProxy = (apiKey: string) => ({
  ...noTenant,
  QLIK_TENANT: SIM_URL,
  QLIK_API_KEY: apiKey,
  QLIK_TENANT_REGION: 'us-east-1',
});

/** Each admin signs in at the simulated tenant with its web OAuth client (simulator/README.md). */
const signInMode = (port: number) => ({
  ...noTenant,
  QLIK_TENANT: SIM_URL,
  QLIK_TENANT_REGION: 'us-east-1',
  QLIK_OAUTH_CLIENT_ID: 'sim-web-client',
  QLIK_OAUTH_CLIENT_SECRET: 'sim-web-secret',
  CONSOLE_ORIGIN: `http://127.0.0.1:${port}`,
  CONSOLE_ACTIVITY_FILE: `test-results/activity-${port}.jsonl`,
  // Each server its own embedded database: one PGlite directory admits one process.
  CONSOLE_DATA_DIR: join(tmpdir(), `cmk-e2e-data-${port}-${process.env.CMK_E2E_RUN}`),
  HOST: '127.0.0.1',
  PORT: String(port),
});

// The fleet's tenants file: URLs follow E2E_PORT_BASE, so it is written here, secrets by name only.
// One run id (inherited by the workers) keeps each run's activity logs apart.
process.env.CMK_E2E_RUN ??= String(Date.now());
const fleetDir = join(tmpdir(), `cmk-e2e-fleet-${FLEET_PORT}`);
const fleetTenantsFile = join(fleetDir, 'tenants.json');
if (!process.env.TEST_WORKER_INDEX) {
  mkdirSync(fleetDir, { recursive: true });
  writeFileSync(fleetTenantsFile, JSON.stringify({ tenants: FLEET_TENANTS }, null, 2));
}
const fleetMode = {
  ...noTenant,
  CONSOLE_TENANTS_FILE: fleetTenantsFile,
  CONSOLE_ACTIVITY_FILE: join(fleetDir, `run-${process.env.CMK_E2E_RUN}`, 'activity.jsonl'),
  [FLEET_ENV_NAMES.acmeKey]: FLEET_ACME_KEY,
  [FLEET_ENV_NAMES.globexClientId]: FLEET_GLOBEX_CLIENT.id,
  [FLEET_ENV_NAMES.globexClientSecret]: FLEET_GLOBEX_CLIENT.secret,
  [FLEET_ENV_NAMES.initechKey]: 'e2e-fleet-initech-key',
  HOST: '127.0.0.1',
  PORT: String(FLEET_PORT),
};

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
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    {
      name: 'proxy',
      testIgnore: [
        /wrong-key\.spec/,
        /dev-server\.spec/,
        /tenant-outage\.spec/,
        /read-only\.spec/,
        /production-server\.spec/,
        /sign-in.*\.spec/,
        /demo-.*\.spec/,
        /foreign-host\.spec/,
        FLEET_SPECS,
      ],
      use: { baseURL: `http://127.0.0.1:${PROXY_PORT}` },
    },
    {
      // Its own Chromium, which resolves attacker.example to 127.0.0.1; it names each console's port.
      name: 'foreign-host',
      testMatch: /foreign-host\.spec/,
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
      name: 'production',
      testMatch: PRODUCTION_JOURNEYS,
      use: { baseURL: `http://127.0.0.1:${PRODUCTION_PORT}` },
    },
    {
      name: 'sign-in',
      testMatch: /sign-in(-attacks)?\.spec/,
      use: { baseURL: `http://127.0.0.1:${SIGNIN_PORT}` },
    },
    {
      name: 'sign-in-dev',
      // The whole sign-in flow again under `npm run dev`, plus what only dev shows.
      testMatch: /sign-in(-attacks|-dev)?\.spec/,
      use: { baseURL: `http://127.0.0.1:${SIGNIN_DEV_PORT}` },
    },
    {
      // Test-owned `npm start` instances in sign-in mode: restarted, and two on one PostgreSQL.
      name: 'sign-in-storage',
      testMatch: /sign-in-storage\.spec/,
      use: { baseURL: `http://127.0.0.1:${SIGNIN_RESTART_PORT}` },
    },
    {
      // A fleet of three tenants on `npm start` (fleet-server: the HTTP contract; fleet: the page).
      name: 'fleet',
      testMatch: FLEET_SPECS,
      use: { baseURL: `http://127.0.0.1:${FLEET_PORT}` },
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
      // What a deployment runs; CMK_OUT_DIR (inherited) picks the build.
      command: 'npm start',
      url: `http://127.0.0.1:${PRODUCTION_PORT}/healthz`,
      env: { ...viaProxy(E2E_API_KEY), HOST: '127.0.0.1', PORT: String(PRODUCTION_PORT) },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'npm start',
      url: `http://127.0.0.1:${SIGNIN_PORT}/healthz`,
      env: signInMode(SIGNIN_PORT),
      // A fresh PGlite directory takes seconds to create, more on a busy machine.
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${SIGNIN_DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${SIGNIN_DEV_PORT}/`,
      env: signInMode(SIGNIN_DEV_PORT),
      // A fresh PGlite directory takes seconds to create, more on a busy machine.
      timeout: 120_000,
      reuseExistingServer: false,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}/`,
      env: noTenant,
      reuseExistingServer: false,
    },
    {
      command: 'npx tsx simulator/server.ts',
      url: `${FLEET_ACME_SIM_URL}${pathOf('listKeyProviders')}`,
      env: {
        SIM_PORT: String(FLEET_ACME_SIM_PORT),
        SIM_API_KEY: FLEET_ACME_KEY,
        SIM_SCENARIO: 'default',
        SIM_MIGRATION_MS: '4000',
      },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'npx tsx simulator/server.ts',
      url: `${FLEET_GLOBEX_SIM_URL}${pathOf('listKeyProviders')}`,
      env: {
        SIM_PORT: String(FLEET_GLOBEX_SIM_PORT),
        SIM_API_KEY: FLEET_GLOBEX_SIM_KEY,
        SIM_SCENARIO: 'fresh',
        SIM_MIGRATION_MS: '4000',
      },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'npm start',
      url: `http://127.0.0.1:${FLEET_PORT}/healthz`,
      env: fleetMode,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'npx tsx e2e/support/static-site-server.ts',
      url: `http://127.0.0.1:${DEMO_PORT}${DEMO_BASE}`,
      env: { DEMO_SITE_DIR: demoDir, DEMO_SITE_BASE: DEMO_BASE, DEMO_SITE_PORT: String(DEMO_PORT) },
      reuseExistingServer: false,
    },
  ],
});
