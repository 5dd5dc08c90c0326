import { readSetting } from '../common/env-values.ts';

const MIN_LENGTH = 32;

/** `CONSOLE_SESSION_SECRET`: what every instance of one console shares; null when unset. */
export function readSessionSecret(env: Record<string, string | undefined>): string | null {
  const secret = readSetting(env, 'CONSOLE_SESSION_SECRET');
  if (!secret) return null;
  if (secret.length < MIN_LENGTH) {
    throw new Error(
      `CONSOLE_SESSION_SECRET is ${String(secret.length)} characters; it needs at least ${String(MIN_LENGTH)} ` +
        '(e.g. the output of `openssl rand -base64 32`), the same on every instance.',
    );
  }
  return secret;
}
