// Ports and the key of the e2e set-up: browser → Vite preview (proxy) → standalone simulator.
export const SIM_PORT = 4311;
export const PROXY_PORT = 4312;
export const WRONG_KEY_PORT = 4313;
export const DEV_PORT = 4314;

export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;
/** The tenant API key the proxy holds. It must never reach the browser. */
export const E2E_API_KEY = 'e2e-tenant-key-7f3a9c1d5b2e4f60';
