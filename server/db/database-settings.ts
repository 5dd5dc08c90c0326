import { resolve } from 'node:path';
import * as z from 'zod';
import { readSetting } from '../common/env-values.ts';

export type DatabaseSettings =
  | { kind: 'postgres'; url: string; waitMs: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'memory' };

export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_WAIT_SECONDS = 10;

/** The URL with its password hidden, for messages and the log. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unreadable URL)';
  }
}

function urlProblem(value: string): string | undefined {
  if (!URL.canParse(value)) return 'is not a URL';
  const url = new URL(value);
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) {
    return 'must start with postgres:// or postgresql://';
  }
  if (!url.hostname) return 'names no host';
  if (url.pathname.length <= 1) {
    return 'names no database (postgres://user:password@host:5432/DATABASE)';
  }
  return undefined;
}

const postgresUrl = z.string().superRefine((value, context) => {
  const problem = urlProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

const waitSeconds = z.coerce
  .number({ error: 'is not a number of seconds' })
  .int('is not a whole number of seconds')
  .min(1, 'must be at least 1')
  .max(600, 'must be at most 600');

const schema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  CONSOLE_DATABASE_WAIT_SECONDS: waitSeconds.default(DEFAULT_WAIT_SECONDS),
  CONSOLE_DATA_DIR: z.string().default(DEFAULT_DATA_DIR),
});

function shown(name: string, env: Record<string, string | undefined>) {
  const value = readSetting(env, name) ?? '';
  return name === 'DATABASE_URL' ? withoutPassword(value) : value;
}

/**
 * Where the console keeps its data: PostgreSQL at DATABASE_URL (TLS from `sslmode` in the URL or
 * PGSSLMODE, as `pg` reads them), else PGlite in CONSOLE_DATA_DIR; memory when `inMemory` (the
 * simulated tenant). Throws one Error naming every problem.
 */
export function resolveDatabaseSettings(
  env: Record<string, string | undefined>,
  { inMemory = false, cwd = process.cwd() }: { inMemory?: boolean; cwd?: string } = {},
): DatabaseSettings {
  const names = ['DATABASE_URL', 'CONSOLE_DATABASE_WAIT_SECONDS', 'CONSOLE_DATA_DIR'] as const;
  const input = Object.fromEntries(names.map((name) => [name, readSetting(env, name)]));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${shown(name, env)} ${issue.message}`;
    });
    throw new Error(`${problems.join('; ')}.`);
  }
  const settings = parsed.data;
  if (settings.DATABASE_URL) {
    const waitMs = settings.CONSOLE_DATABASE_WAIT_SECONDS * 1000;
    return { kind: 'postgres', url: settings.DATABASE_URL, waitMs };
  }
  if (inMemory) return { kind: 'memory' };
  return { kind: 'pglite', dataDir: resolve(cwd, settings.CONSOLE_DATA_DIR) };
}
