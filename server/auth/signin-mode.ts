import { parseWholeNumber, readSetting } from '../common/env-values.ts';
import { parseSessionSecrets } from './session-secret.ts';
import { DEFAULT_ABSOLUTE_MS, DEFAULT_IDLE_MS } from './session-store.ts';

type Env = Record<string, string | undefined>;

export interface SignInSettings {
  clientId: string;
  clientSecret: string;
  /** Where people reach the console; the redirect URI is `${consoleOrigin}/auth/callback`. */
  consoleOrigin: string;
  scopes: string[];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** CONSOLE_SESSION_SECRET, shared by every instance (the first seals, all open); null when unset. */
  sessionSecrets: string[] | null;
}

/** What the encryption API needs for a tenant admin, and a refresh token. */
export const DEFAULT_SCOPES = ['admin_classic', 'offline_access'];

const NAMES = ['QLIK_OAUTH_CLIENT_ID', 'QLIK_OAUTH_CLIENT_SECRET', 'CONSOLE_ORIGIN'] as const;

function parseOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `CONSOLE_ORIGIN=${value} is not a URL; set it to where people open the console, e.g. CONSOLE_ORIGIN=https://cmk.example.com`,
    );
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.pathname !== '/' ||
    url.search
  ) {
    throw new Error(
      `CONSOLE_ORIGIN=${value} must be an origin only (scheme, host, port), e.g. https://cmk.example.com`,
    );
  }
  return url.origin;
}

/** Sign-in mode's settings when QLIK_OAUTH_CLIENT_ID or _SECRET is set; undefined otherwise. */
export function resolveSignIn(env: Env): SignInSettings | undefined {
  const values = NAMES.map((name) => readSetting(env, name));
  const [clientId, clientSecret, origin] = values;
  if (!clientId && !clientSecret) return undefined;
  const missing = NAMES.filter((_, index) => !values[index]);
  if (!clientId || !clientSecret || !origin) {
    throw new Error(
      `Sign-in mode needs ${NAMES.join(', ')} (and QLIK_TENANT); ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing. ` +
        'See README, "Sign-in mode", for creating the OAuth client in Qlik Cloud.',
    );
  }
  if (readSetting(env, 'QLIK_API_KEY')) {
    throw new Error(
      'QLIK_API_KEY and QLIK_OAUTH_CLIENT_ID are both set: choose one mode. Sign-in mode (the OAuth client) ' +
        'acts as each signed-in admin; unset QLIK_API_KEY to use it.',
    );
  }
  const scopes = readSetting(env, 'QLIK_OAUTH_SCOPES')
    ?.split(/[\s,]+/)
    .filter(Boolean);
  const idleMinutes = parseWholeNumber(
    'CONSOLE_SESSION_IDLE_MINUTES',
    readSetting(env, 'CONSOLE_SESSION_IDLE_MINUTES'),
    DEFAULT_IDLE_MS / 60_000,
  );
  const absoluteHours = parseWholeNumber(
    'CONSOLE_SESSION_MAX_HOURS',
    readSetting(env, 'CONSOLE_SESSION_MAX_HOURS'),
    DEFAULT_ABSOLUTE_MS / 3_600_000,
  );
  if (idleMinutes < 1 || absoluteHours < 1) {
    throw new Error(
      'CONSOLE_SESSION_IDLE_MINUTES and CONSOLE_SESSION_MAX_HOURS must be at least 1.',
    );
  }
  return {
    clientId,
    clientSecret,
    consoleOrigin: parseOrigin(origin),
    scopes: scopes && scopes.length > 0 ? scopes : DEFAULT_SCOPES,
    sessionIdleMs: idleMinutes * 60_000,
    sessionAbsoluteMs: absoluteHours * 3_600_000,
    sessionSecrets: parseSessionSecrets(readSetting(env, 'CONSOLE_SESSION_SECRET')) ?? null,
  };
}
