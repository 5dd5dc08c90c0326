// What the browser benchmarks share: the built console on the simulated tenant (`npm start`, the
// embedded simulator), Debian's Chromium, and small statistics.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../e2e/support/chromium.ts';

export const OUT_DIR = process.env.CMK_OUT_DIR ?? 'dist';
const PORT = Number(process.env.BENCH_PORT ?? 4631);
export const APP = `http://127.0.0.1:${PORT}`;

let server: ChildProcess | undefined;

/** A port nothing listens on now (for a child process of a benchmark). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

/** `npm start` in simulator mode: no tenant, so `/__sim/` controls the embedded simulator. */
export async function startConsole(env: Record<string, string> = {}): Promise<void> {
  if (!existsSync(`${OUT_DIR}-server/start.js`)) {
    throw new Error(`Build first: CMK_OUT_DIR=${OUT_DIR} npm run build`);
  }
  server = spawn('node', ['server/launch.js'], {
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      QLIK_TENANT: '',
      QLIK_API_KEY: '',
      QLIK_READ_ONLY: '',
      QLIK_OAUTH_CLIENT_ID: '',
      QLIK_OAUTH_CLIENT_SECRET: '',
      HOST: '127.0.0.1',
      PORT: String(PORT),
      CMK_OUT_DIR: OUT_DIR,
      ...env,
    },
  });
  for (let waited = 0; waited < 30_000; waited += 200) {
    const up = await fetch(`${APP}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the console did not come up on ${APP}`);
}

export function stopConsole() {
  // Its own process group (detached): end the group, not just the launcher.
  try {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone (it exits on its own when its port is taken).
  }
}

export async function loadScenario(name: string, migrationDurationMs?: number) {
  const response = await fetch(`${APP}/__sim/scenario`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, migrationDurationMs }),
  });
  if (!response.ok) throw new Error(`scenario ${name}: ${response.status}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

export const machineLoad = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

export async function run(main: () => Promise<void>) {
  try {
    await main();
  } catch (error: unknown) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    stopConsole();
    // A browser left open by a failure would keep Node running.
    process.exit();
  }
}
