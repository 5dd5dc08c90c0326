/** Where the proxy sends allowed requests: the real tenant over the network, or the simulator. */
export interface Upstream {
  kind: 'tenant' | 'simulator';
  /** Origin the forwarded URL is built on, and the name given in "cannot reach" errors. */
  origin: string;
  send: (request: Request) => Promise<Response>;
}

export function tenantUpstream(tenantUrl: string, fetch?: typeof globalThis.fetch): Upstream {
  // Looked up at call time so tests (and MSW) can replace the global fetch.
  const send = (request: Request) => (fetch ?? globalThis.fetch)(request);
  return { kind: 'tenant', origin: tenantUrl, send };
}

export const SIMULATED_TENANT_ORIGIN = 'http://simulated-tenant.invalid';

/** An in-process simulated tenant, given as its fetch-style handler. */
export function simulatorUpstream(simulator: {
  handle: (request: Request) => Promise<Response>;
}): Upstream {
  return {
    kind: 'simulator',
    origin: SIMULATED_TENANT_ORIGIN,
    send: (request) => simulator.handle(request),
  };
}
