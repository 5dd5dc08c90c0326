// Benchmark of the migration monitor (not part of the test gate). Starts its own simulator and a
// `vite preview` of an existing build proxying to it, then drives Chromium:
//   CMK_OUT_DIR=dist-b npx vite build && CMK_OUT_DIR=dist-b npx tsx scripts/benchmark-migration.ts
// Reports the median delay from a simulator progress step to the bar showing it, and the
// details polls per minute with one and with three tabs open.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { pathOf } from '../src/api/operations.gen.ts';

const BASE = Number(process.env.BENCH_PORT_BASE ?? 4611);
const SIM = `http://127.0.0.1:${BASE}`;
const APP = `http://127.0.0.1:${BASE + 1}`;
const KEY = 'bench-key';
const AUTH = { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' };
const CMK_01 = '9f352c5a9c1618485051892cb57467e4';
const OUT_DIR = process.env.CMK_OUT_DIR ?? 'dist';
const DELAY_RUN_MS = 30_000;
const POLL_WINDOW_MS = 20_000;

const children: ChildProcess[] = [];
function start(command: string, env: Record<string, string>) {
  const child = spawn(command, {
    shell: true,
    detached: true,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  children.push(child);
}

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(url, { headers: AUTH });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

async function control(path: string, body?: unknown, method = body ? 'POST' : 'GET') {
  const response = await fetch(`${SIM}/__sim/${path}`, {
    method,
    headers: AUTH,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status === 204 ? null : ((await response.json()) as unknown);
}

async function startMigration(durationMs: number) {
  await control('scenario', { name: 'default' });
  await control('migration-speed', { durationMs });
  const response = await fetch(
    `${SIM}${pathOf('migrateKeyProvider', { arnFingerPrint: CMK_01 })}`,
    {
      method: 'POST',
      headers: AUTH,
    },
  );
  if (response.status !== 200) throw new Error(`migrate answered ${response.status}`);
  const state = (await control('state')) as { migration: { initiatedAt: string } };
  // Nanoseconds → milliseconds for Date.parse.
  return Date.parse(state.migration.initiatedAt.replace(/(\.\d{3})\d*/, '$1'));
}

/** When the simulator first answers `progress` (see simulator/migration.ts: 5 % in New first). */
function stepTime(initiatedAtMs: number, durationMs: number, progress: number) {
  const newPhaseMs = Math.max(1, Math.round(durationMs * 0.05));
  return initiatedAtMs + newPhaseMs + (progress / 100) * (durationMs - newPhaseMs);
}

async function watchBar(page: Page) {
  await page.waitForSelector('[role="progressbar"]', { state: 'attached' });
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  await page.evaluate(`(() => {
    const seen = [];
    window.seen = seen;
    const record = () => {
      const bar = document.querySelector('[role="progressbar"]');
      const value = Number(bar?.getAttribute('aria-valuenow'));
      if (bar && seen.at(-1)?.[0] !== value) seen.push([value, Date.now()]);
    };
    record();
    new MutationObserver(record).observe(document.body, {
      subtree: true, attributes: true, childList: true, attributeFilter: ['aria-valuenow'],
    });
  })()`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function pollsPerMinute(tabs: number) {
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext();
  await startMigration(10 * 60_000);
  for (let i = 0; i < tabs; i++) {
    const page = await context.newPage();
    await page.goto(`${APP}/migration`);
    await page.waitForSelector('[role="progressbar"]', { state: 'attached' });
  }
  try {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await control('requests', undefined, 'DELETE');
    await new Promise((resolve) => setTimeout(resolve, POLL_WINDOW_MS));
  } finally {
    await browser.close();
  }
  const log = (await control('requests')) as { method: string; path: string }[];
  const polls = log.filter((r) => r.method === 'GET' && r.path.endsWith('/actions/details'));
  return (polls.length * 60_000) / POLL_WINDOW_MS;
}

const launchOptions = {
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
};

async function main() {
  if (!existsSync(`${OUT_DIR}/index.html`))
    throw new Error(`Build first: no ${OUT_DIR}/index.html`);
  start('npx tsx simulator/server.ts', { SIM_PORT: String(BASE), SIM_API_KEY: KEY });
  start(`npx vite preview --host 127.0.0.1 --port ${BASE + 1} --strictPort`, {
    QLIK_TENANT: SIM,
    QLIK_API_KEY: KEY,
    QLIK_READ_ONLY: '',
    CMK_OUT_DIR: OUT_DIR,
  });
  await waitFor(`${SIM}/__sim/state`);
  await waitFor(APP);

  const browser = await chromium.launch(launchOptions);
  // The console's CSP forbids eval; Playwright's string predicates need it.
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  const initiatedAtMs = await startMigration(DELAY_RUN_MS);
  await page.goto(`${APP}/migration`);
  await page.waitForSelector('text=Migration in progress');
  await watchBar(page);
  await page.waitForFunction(
    `document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === '100'`,
    undefined,
    { timeout: DELAY_RUN_MS + 15_000 },
  );
  const seen = await page.evaluate<[number, number][]>('window.seen');
  await browser.close();
  // The first entry is the value found on load, not a change seen by polling.
  const delays = seen
    .slice(1)
    .filter(([value]) => value > 0 && value < 100)
    .map(([value, at]) => at - stepTime(initiatedAtMs, DELAY_RUN_MS, value));

  // Every step, shown or skipped: how long until the bar showed it or a later one.
  const changes = seen.slice(1);
  const lags = Array.from({ length: 98 }, (_, i) => i + 1).flatMap((step) => {
    const shown = changes.find(([value]) => value >= step);
    return shown ? [shown[1] - stepTime(initiatedAtMs, DELAY_RUN_MS, step)] : [];
  });
  const oneTab = await pollsPerMinute(1);
  const threeTabs = await pollsPerMinute(3);
  console.log(`Migration of ${DELAY_RUN_MS / 1000} s, ${delays.length} progress steps seen`);
  console.log(`Median delay simulator step → bar: ${Math.round(median(delays))} ms`);
  console.log(
    `  (min ${Math.round(Math.min(...delays))} ms, max ${Math.round(Math.max(...delays))} ms)`,
  );
  console.log(`Median delay every step → bar showing it or later: ${Math.round(median(lags))} ms`);
  console.log(`Details polls per minute while running, 1 tab: ${oneTab.toFixed(0)}`);
  console.log(`Details polls per minute while running, 3 tabs: ${threeTabs.toFixed(0)}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    // Each server runs in its own process group (detached): end the group, not just the shell.
    for (const child of children) if (child.pid) process.kill(-child.pid, 'SIGTERM');
    process.exit();
  });
