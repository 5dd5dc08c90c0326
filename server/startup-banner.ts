import type { ConsoleMode } from './mode.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What the terminal says at start, so nobody wonders which tenant the console is changing. */
function fleetBanner(mode: Extract<ConsoleMode, { kind: 'fleet' }>): string[] {
  const { fleet } = mode;
  const lines =
    fleet.kind === 'simulated'
      ? [
          `Encryption API: a simulated fleet of ${fleet.tenants.length} tenants (SIM_FLEET), each under /t/<id>/`,
          `  migrations take ${fleet.migrationDurationMs / 1000} s (SIM_MIGRATION_MS); tenants answer after ${fleet.latencyMs} ms (SIM_LATENCY_MS)`,
        ]
      : [
          `Encryption API: a fleet of ${fleet.tenants.length} tenants from ${fleet.file}, each under /t/<id>/ (credentials from the environment, never sent to the browser)`,
          ...fleet.tenants.map(({ id, url, credentials }) => {
            const credential =
              credentials.kind === 'api-key'
                ? `API key ${credentials.apiKeyEnv}`
                : `OAuth client ${credentials.clientIdEnv}`;
            const cleartext = url.startsWith('http:') && !LOOPBACK.has(new URL(url).hostname);
            return `  ${id}: ${url} (${credential})${cleartext ? ' WARNING: http:// sends its credentials unencrypted.' : ''}`;
          }),
        ];
  if (mode.readOnly) lines.push('  read-only: QLIK_READ_ONLY is set, changes are refused');
  return lines;
}

export function startupBanner(mode: ConsoleMode): string[] {
  if (mode.kind === 'fleet') return fleetBanner(mode);
  const lines =
    mode.kind === 'simulator'
      ? [
          'Encryption API: simulated tenant (built-in)',
          `  migrations take ${mode.migrationDurationMs / 1000} s (SIM_MIGRATION_MS)`,
        ]
      : mode.kind === 'signin'
        ? [
            `Encryption API: proxied to ${mode.tenantUrl} as each signed-in admin (OAuth client ${mode.signIn.clientId})`,
            `  sign-in redirect URI: ${mode.signIn.consoleOrigin}/auth/callback (register it on the OAuth client)`,
          ]
        : [
            `Encryption API: proxied to ${mode.tenantUrl} (API key from environment, never sent to the browser)`,
          ];
  if (mode.kind !== 'simulator' && mode.tenantUrl.startsWith('http:')) {
    const { hostname } = new URL(mode.tenantUrl);
    const secret = mode.kind === 'tenant' ? 'the API key' : 'the admins’ tokens';
    if (!LOOPBACK.has(hostname)) lines.push(`  WARNING: http:// sends ${secret} unencrypted.`);
  }
  if (mode.readOnly) lines.push('  read-only: QLIK_READ_ONLY is set, changes are refused');
  return lines;
}
