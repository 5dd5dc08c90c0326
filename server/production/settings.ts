import { resolve } from 'node:path';
import { parseFlag, parseWholeNumber, readSetting } from '../common/env-values.ts';
import type { Env } from '../mode.ts';
import { refuseOnError, StartupRefusal } from './startup-refusal.ts';

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServerSettings {
  host: string;
  port: number;
  /** Believe `X-Forwarded-Proto` (set TRUST_PROXY only behind a proxy that overwrites it). */
  trustProxy: boolean;
  /** The built console (`npm run build`), absolute. */
  clientDir: string;
}

/** HOST, PORT, TRUST_PROXY and CMK_OUT_DIR (the build folder, `dist` by default). */
export function resolveServerSettings(env: Env, cwd = process.cwd()): ServerSettings {
  const port = refuseOnError(() =>
    parseWholeNumber('PORT', readSetting(env, 'PORT'), DEFAULT_PORT),
  );
  if (port > 65_535) throw new StartupRefusal(`PORT=${port} is not a TCP port (0 to 65535).`);
  return {
    host: readSetting(env, 'HOST') ?? DEFAULT_HOST,
    port,
    trustProxy: refuseOnError(() => parseFlag('TRUST_PROXY', readSetting(env, 'TRUST_PROXY'))),
    clientDir: resolve(cwd, readSetting(env, 'CMK_OUT_DIR') ?? 'dist'),
  };
}
