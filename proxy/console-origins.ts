import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The console's own origins for the request being answered, set by the host check that runs
 * before any route (server/host-guard.ts). The proxy and the routes it sits beside read them here
 * rather than taking them as a parameter: every host (vite, vite preview, npm start, a fleet's
 * per-tenant apps) then gets the same rule with no wiring of its own.
 */
const current = new AsyncLocalStorage<ReadonlySet<string>>();

export function withConsoleOrigins<T>(origins: ReadonlySet<string>, run: () => T): T {
  return current.run(origins, run);
}

/** Empty outside a host check: then no Origin is the console's own. */
export function consoleOrigins(): ReadonlySet<string> {
  return current.getStore() ?? new Set();
}
