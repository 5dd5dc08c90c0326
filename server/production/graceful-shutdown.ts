import type { Server } from 'node:http';

/** Long enough for a slow tenant write, short of the 30 s a container runtime usually waits. */
export const SHUTDOWN_GRACE_MS = 10_000;
const IDLE_SWEEP_MS = 100;

/**
 * Stops accepting connections, lets requests in flight finish, and closes each keep-alive
 * connection as soon as it is idle. After `graceMs` whatever is left is cut.
 */
export function closeGracefully(
  server: Server,
  graceMs = SHUTDOWN_GRACE_MS,
): Promise<'drained' | 'cut'> {
  return new Promise((resolve) => {
    let outcome: 'drained' | 'cut' = 'drained';
    const sweep = setInterval(() => {
      server.closeIdleConnections();
    }, IDLE_SWEEP_MS);
    const deadline = setTimeout(() => {
      outcome = 'cut';
      server.closeAllConnections();
    }, graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve(outcome);
    });
    server.closeIdleConnections();
  });
}
