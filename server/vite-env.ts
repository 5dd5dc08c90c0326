import { loadEnv } from 'vite';
import type { Env } from './mode.ts';

/**
 * The environment the server side reads: `.env`, `.env.local`, `.env.[mode]`... with every
 * variable, not only VITE_ ones, and `process.env` winning. Nothing of it reaches the browser:
 * the plugin never puts it into `define`. Development and `vite preview` only: the production
 * server (`npm start`) reads `process.env` alone.
 */
export function loadConsoleEnv(mode: string, envDir: string | false): Env {
  return envDir === false ? { ...process.env } : { ...loadEnv(mode, envDir, ''), ...process.env };
}
