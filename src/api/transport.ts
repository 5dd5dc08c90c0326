/**
 * How the console reaches its server: the browser's fetch, looked up at call time so MSW can
 * intercept it in tests. The demo build replaces it with the simulated tenant inside the page.
 */
export type Transport = typeof globalThis.fetch;

let current: Transport = (input, init) => globalThis.fetch(input, init);

export function setTransport(transport: Transport): void {
  current = transport;
}

export const send: Transport = (input, init) => current(input, init);
