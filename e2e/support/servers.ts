// Ports and the key of the e2e set-up: browser → Vite preview (proxy) → standalone simulator.
// E2E_PORT_BASE moves all the ports, so two runs can share a machine.
const base = Number(process.env.E2E_PORT_BASE ?? 4311);

export const SIM_PORT = base;
export const PROXY_PORT = base + 1;
export const WRONG_KEY_PORT = base + 2;
export const DEV_PORT = base + 3;
/** A proxy whose tenant the test itself starts, stops and restarts (see restartable-tenant.ts). */
export const RESTART_PROXY_PORT = base + 4;
export const RESTART_SIM_PORT = base + 5;
/** A proxy to the main simulator with QLIK_READ_ONLY=1. */
export const READ_ONLY_PORT = base + 6;
/** The production server (`npm start`) in API-key mode on the main simulator. */
export const PRODUCTION_PORT = base + 7;
/** The production server in sign-in mode (OAuth client of the main simulator). */
export const SIGNIN_PORT = base + 8;
/** `vite` (npm run dev) in sign-in mode. */
export const SIGNIN_DEV_PORT = base + 9;

/** `npm start` in sign-in mode that sign-in-storage.spec.ts starts, stops and restarts itself. */
export const SIGNIN_RESTART_PORT = base + 15;
/** Two `npm start` instances on one PostgreSQL (sign-in-storage.spec.ts). */
export const SIGNIN_SHARED_PORTS = [base + 16, base + 17] as const;
export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;
/** The tenant API key the proxy holds. It must never reach the browser. */
export const E2E_API_KEY = 'e2e-tenant-key-7f3a9c1d5b2e4f60';
/** The demo build on a plain static host, under a sub-path (see static-site-server.ts). */
export const DEMO_PORT = base + 10;
export const DEMO_BASE = '/cmk-demo/';

/**
 * The fleet project: `npm start` with a tenants file (written by playwright.config.ts) naming three
 * tenants: acme (API key, its own standalone simulator), globex (machine-to-machine OAuth client,
 * another standalone simulator on the Qlik default) and initech (a closed port: unreachable).
 * Its simulators are its own, so nothing it does shows in the other projects.
 */
export const FLEET_PORT = base + 11;
export const FLEET_ACME_SIM_PORT = base + 12;
export const FLEET_GLOBEX_SIM_PORT = base + 13;
/** Nothing listens here: initech's URL. */
export const FLEET_CLOSED_PORT = base + 14;
export const FLEET_ACME_SIM_URL = `http://127.0.0.1:${FLEET_ACME_SIM_PORT}`;
export const FLEET_GLOBEX_SIM_URL = `http://127.0.0.1:${FLEET_GLOBEX_SIM_PORT}`;
/** acme's API key; globex's simulator accepts a different one, so it can only be reached by token. */
export const FLEET_ACME_KEY = 'e2e-fleet-acme-key-2b7e41';
export const FLEET_GLOBEX_SIM_KEY = 'e2e-fleet-globex-key-never-sent';
/** The machine-to-machine client every simulator knows (simulator/oauth/directory.ts). */
export const FLEET_GLOBEX_CLIENT = { id: 'sim-m2m-client', secret: 'sim-m2m-secret' };
/** The environment variables the tenants file names. */
export const FLEET_ENV_NAMES = {
  acmeKey: 'E2E_FLEET_ACME_KEY',
  globexClientId: 'E2E_FLEET_GLOBEX_CLIENT_ID',
  globexClientSecret: 'E2E_FLEET_GLOBEX_CLIENT_SECRET',
  initechKey: 'E2E_FLEET_INITECH_KEY',
} as const;

export const FLEET_TENANTS = [
  { id: 'acme', name: 'Acme Corp', url: FLEET_ACME_SIM_URL, apiKeyEnv: FLEET_ENV_NAMES.acmeKey },
  {
    id: 'globex',
    name: 'Globex',
    url: FLEET_GLOBEX_SIM_URL,
    clientIdEnv: FLEET_ENV_NAMES.globexClientId,
    clientSecretEnv: FLEET_ENV_NAMES.globexClientSecret,
  },
  {
    id: 'initech',
    name: 'Initech',
    url: `http://127.0.0.1:${FLEET_CLOSED_PORT}`,
    apiKeyEnv: FLEET_ENV_NAMES.initechKey,
  },
] as const;
