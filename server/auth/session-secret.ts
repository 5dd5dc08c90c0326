import { chmodSync, openSync, readFileSync, writeFileSync, closeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export const MIN_SECRET_LENGTH = 32;

/**
 * CONSOLE_SESSION_SECRET: one secret, or a comma-separated list when rotating (the first seals new
 * data, every one still opens what it sealed). Each at least 32 characters. Undefined when unset;
 * throws naming the position of a secret that is too short, never its value.
 */
export function parseSessionSecrets(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const secrets = value.split(',').map((secret) => secret.trim());
  const short = secrets.flatMap((secret, index) =>
    secret.length < MIN_SECRET_LENGTH ? [index + 1] : [],
  );
  if (short.length > 0) {
    const which =
      secrets.length === 1 ? 'it is' : `secret ${short.join(', ')} of ${secrets.length} is`;
    throw new Error(
      `CONSOLE_SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters per secret (${which} shorter; empty entries count). Generate one with: openssl rand -base64 32`,
    );
  }
  return secrets;
}

export const GENERATED_SECRET_FILE = 'session-secret';

/**
 * The embedded database's secret when CONSOLE_SESSION_SECRET is unset: generated once into the data
 * directory (mode 0600), beside the data it protects, so a restart keeps everyone signed in.
 */
export function generatedSessionSecret(dataDir: string): string {
  const file = join(dataDir, GENERATED_SECRET_FILE);
  try {
    const fd = openSync(file, 'wx', 0o600);
    writeFileSync(fd, randomBytes(32).toString('base64url'));
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}
