// Lighthouse benchmark of the first visit (not part of the test gate). Builds nothing: run
// `npm run build` first. Starts the built console (`npm start`'s bundle) on the simulated tenant,
// then runs Lighthouse's mobile preset (default simulated throttling) 3 times on each page in a
// fresh headless Chromium and prints the medians.
//   CMK_OUT_DIR=dist-c npm run build && CMK_OUT_DIR=dist-c npm run bench:lighthouse
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse, { type Result } from 'lighthouse';
import { pathOf } from '../src/api/operations.gen.ts';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium.ts';
import { APP, freePort, machineLoad, percentile, run, startConsole } from './bench/console.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// Lighthouse starts no browser of its own: Debian's (as the e2e tests use) or Playwright's.
const CHROMIUM = process.env.CHROMIUM_PATH ?? chromiumPath ?? chromium.executablePath();
/** Set it to keep every run's full Lighthouse report (JSON) for a closer look. */
const REPORT_DIR = process.env.BENCH_REPORT_DIR;

const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

async function until(what: string, probe: () => Promise<boolean>) {
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not come up`);
}

/** Chromium with a DevTools port for Lighthouse; a fresh profile, so every run starts cold. */
async function startChromium(): Promise<number> {
  const port = await freePort();
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'cmk-lighthouse-'))}`,
      ...chromiumArgs,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  children.push(child);
  await until('Chromium', async () => (await fetch(`http://127.0.0.1:${port}/json/version`)).ok);
  return port;
}

interface Run {
  /** Lighthouse's measure of this machine's CPU: under 1000 is slower than its reference phone. */
  benchmarkIndex: number;
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  requests: number;
  transferKb: number;
}

let reports = 0;

async function measure(url: string, port: number): Promise<Run> {
  // Under load Lighthouse sometimes loses the trace (NO_NAVSTART) and asks to be run again.
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, {
      port,
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (!result.lhr.runtimeError) return summarise(result.lhr);
    if (attempt === 3) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  }
}

function summarise(lhr: Result): Run {
  if (REPORT_DIR) {
    mkdirSync(REPORT_DIR, { recursive: true });
    reports += 1;
    writeFileSync(join(REPORT_DIR, `run-${reports}.json`), JSON.stringify(lhr));
  }
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = lhr.audits['network-requests']?.details;
  const requestCount = requests?.type === 'table' ? requests.items.length : Number.NaN;
  return {
    benchmarkIndex: lhr.environment.benchmarkIndex,
    score: lhr.categories.performance?.score ?? Number.NaN,
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    requests: requestCount,
    transferKb: value('total-byte-weight') / 1024,
  };
}

const median = (values: number[]) => percentile(values, 0.5);

async function main() {
  // The built console on the simulated tenant (it refuses to start without a build).
  await startConsole();
  const origin = APP;
  // The tenant's own shape (the console's client renames `arnFingerPrint` to `fingerprint`).
  const providers = (await (await fetch(`${origin}${pathOf('listKeyProviders')}`)).json()) as {
    arnFingerPrint: string;
    name: string;
  }[];
  const provider = providers.find((p) => p.name === 'CMK - 01');
  if (!provider?.arnFingerPrint) throw new Error('The simulated tenant lists no "CMK - 01"');
  // Runs of 2026-11-30 before this check measured `/providers/undefined` (a "not found" view).
  const detail = await fetch(`${origin}${pathOf('getKeyProvider', provider)}`);
  if (!detail.ok) throw new Error(`${provider.name} does not open: ${detail.status}`);
  const pages = [
    ['/ (provider table)', '/'],
    [
      `provider page (${provider.name})`,
      `/providers/${encodeURIComponent(provider.arnFingerPrint)}`,
    ],
    ['migration monitor', '/migration'],
  ] as const;
  const port = await startChromium();
  console.log(`Lighthouse mobile, default throttling, median of ${RUNS} runs, ${origin}`);
  const indexes: number[] = [];
  console.log('| page | score | FCP | LCP | TBT | CLS | requests | transfer |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, path] of pages) {
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await measure(`${origin}${path}`, port));
    const m = (key: keyof Run) => median(runs.map((r) => r[key]));
    const scores = runs.map((r) => r.score.toFixed(2)).join(' ');
    indexes.push(...runs.map((r) => r.benchmarkIndex));
    console.log(
      `| ${name} | ${m('score').toFixed(2)} (${scores}) | ${m('fcp').toFixed(0)} ms | ` +
        `${m('lcp').toFixed(0)} ms | ${m('tbt').toFixed(0)} ms | ${m('cls').toFixed(3)} | ` +
        `${m('requests')} | ${m('transferKb').toFixed(1)} KB |`,
    );
  }
  console.log(`benchmarkIndex median ${median(indexes).toFixed(0)}; load average ${machineLoad()}`);
}

void run(main);
