import type { ConsoleMode } from '../mode.ts';

const LOOPBACK_NAMES = new Set(['localhost', '::1', '[::1]', '::ffff:127.0.0.1']);

/** Whether a listening address is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return LOOPBACK_NAMES.has(name) || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * Why the console must not listen on `host` in this mode, or undefined when it may: in API-key
 * mode every visitor acts with the one key, so only this machine may reach it.
 */
export function sharedKeyExposure(mode: ConsoleMode, host: string): string | undefined {
  if (isLoopbackHost(host)) return undefined;
  if (mode.kind === 'fleet' && mode.fleet.kind === 'file') {
    return (
      `HOST=${host} would serve the console to the network, and in fleet mode everyone who ` +
      'reaches it acts on every tenant of CONSOLE_TENANTS_FILE with its shared API key or OAuth ' +
      'client, with no record of who did what. Keep HOST=127.0.0.1 (the default) for one person on ' +
      'this machine (see README, "A fleet of tenants").'
    );
  }
  if (mode.kind !== 'tenant') return undefined;
  return (
    `HOST=${host} would serve the console to the network, and in API-key mode everyone who ` +
    'reaches it acts on the tenant with the one shared QLIK_API_KEY, with no record of who did ' +
    'what. Keep HOST=127.0.0.1 (the default) for one person on this machine; to serve a team, use ' +
    'sign-in mode, where each admin signs in with their own Qlik account (see README, "Modes").'
  );
}
