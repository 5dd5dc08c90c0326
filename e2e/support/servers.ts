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

export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;
/** The tenant API key the proxy holds. It must never reach the browser. */
export const E2E_API_KEY = 'e2e-tenant-key-7f3a9c1d5b2e4f60';
/** The demo build on a plain static host, under a sub-path (see static-site-server.ts). */
export const DEMO_PORT = base + 10;
export const DEMO_BASE = '/cmk-demo/';
