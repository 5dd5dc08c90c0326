import { readSetting } from './common/env-values.ts';
import type { ConsoleMode, Env } from './mode.ts';

/** The names a console in a loopback-only mode answers, on the port it listens on. */
export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;

/** The `Host` values (normalised, see `normaliseHost`) and the `Origin`s of one console. */
export interface ConsoleHosts {
  hosts: ReadonlySet<string>;
  origins: ReadonlySet<string>;
}

/**
 * A `Host` value as the URL standard reads it (lower case, punycode, default port 80 dropped),
 * or null when it is not one host name or address with an optional port.
 */
export function normaliseHost(value: string): string | null {
  if (!/^[\w.-]+(:\d{1,5})?$|^\[[\da-f:.]+\](:\d{1,5})?$/i.test(value)) return null;
  try {
    return new URL(`http://${value}`).host;
  } catch {
    return null;
  }
}

const EXAMPLE = 'e.g. CONSOLE_ALLOWED_HOSTS=cmk.example.com,cmk.example.com:8443';

/**
 * CONSOLE_ALLOWED_HOSTS: comma-separated `host` or `host:port` (a reverse proxy's names). Each
 * entry must be exactly a host name or address: no scheme, path, user info or wildcard.
 */
export function parseAllowedHosts(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value.split(',').map((raw) => {
    const entry = raw.trim();
    const host = normaliseHost(entry);
    const port = Number(/:(\d+)$/.exec(entry)?.[1] ?? 80);
    if (!entry || host === null || port < 1 || port > 65_535 || !isHostName(host)) {
      throw new Error(
        `CONSOLE_ALLOWED_HOSTS: "${entry}" is not a host name or host:port (${EXAMPLE}); ` +
          'list the names a reverse proxy serves this console under, without https:// or a path.',
      );
    }
    return host;
  });
}

/** A DNS name of letters, digits and inner hyphens, an IPv4 address or a bracketed IPv6 one. */
function isHostName(host: string): boolean {
  const name = host.replace(/:\d+$/, '');
  if (name.startsWith('[')) return true;
  return name.split('.').every((label) => /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/.test(label));
}

export function resolveAllowedHosts(env: Env): string[] {
  return parseAllowedHosts(readSetting(env, 'CONSOLE_ALLOWED_HOSTS'));
}

/**
 * An allowed host is reached through a reverse proxy, which may speak HTTPS or HTTP: both
 * `https://<host>` and `http://<host>` (with its port, when the entry has one) are origins.
 */
function originsOfAllowedHost(host: string): string[] {
  return [`https://${host}`, `http://${host}`].map((origin) => new URL(origin).origin);
}

/**
 * The console's own names for `mode` listening on `port`: the loopback names in API-key,
 * simulator and fleet modes, CONSOLE_ORIGIN's host in sign-in mode, plus CONSOLE_ALLOWED_HOSTS.
 */
export function consoleHostsOf(mode: ConsoleMode, port: number): ConsoleHosts {
  const own =
    mode.kind === 'signin'
      ? [mode.signIn.consoleOrigin]
      : LOOPBACK_NAMES.map((name) => new URL(`http://${name}:${port}`).origin);
  const allowed = mode.allowedHosts ?? [];
  const origins = new Set([...own, ...allowed.flatMap(originsOfAllowedHost)]);
  const hosts = new Set([...own.map((origin) => new URL(origin).host), ...allowed]);
  return { hosts, origins };
}

/**
 * Vite's `server.allowedHosts` / `preview.allowedHosts` for `mode`: names without ports (Vite
 * always allows localhost and IP addresses itself), so its own pages and its HMR socket refuse
 * the names the console refuses.
 */
export function viteAllowedHosts(mode: ConsoleMode): string[] {
  const names = [...consoleHostsOf(mode, 0).hosts].map(
    (host) => new URL(`http://${host}`).hostname,
  );
  return [...new Set(names)];
}
