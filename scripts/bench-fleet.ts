// Fleet overview benchmark (not part of the test gate): the built console with a simulated fleet of
// 100 tenants, each answering after 50 ms, opened in Debian Chromium. Reports, per run, the time from
// navigation until every row of the overview has its first answer (the page's `cmk:fleet-filled`
// performance mark), the peak number of requests in flight to the tenants, and how many were sent.
//   npm run build && npm run bench:fleet
//   (BENCH_TENANTS, BENCH_LATENCY_MS and BENCH_RUNS change the set-up.)
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SERVER_ENTRY, startConsole } from './bench/start-console.ts';

const TENANTS = Number(process.env.BENCH_TENANTS ?? 100);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FILLED_MARK = 'cmk:fleet-filled';

interface Stats {
  inFlight: number;
  peakInFlight: number;
  requests: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main() {
  if (!existsSync(SERVER_ENTRY))
    throw new Error(`No ${SERVER_ENTRY}: run \`npm run build\` first.`);
  const { url } = await startConsole({
    SIM_FLEET: String(TENANTS),
    SIM_LATENCY_MS: String(LATENCY_MS),
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  const results: { filledMs: number; peak: number; requests: number; rows: number }[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      // A fresh context: a first visit, nothing cached.
      const context = await browser.newContext();
      const page = await context.newPage();
      const reset = await fetch(`${url}/__sim/fleet/stats/reset`, { method: 'POST' });
      if (!reset.ok) throw new Error(`stats reset: HTTP ${reset.status}`);
      await page.goto(`${url}/`);
      await page.waitForFunction(
        (mark) => performance.getEntriesByName(mark).length > 0,
        FILLED_MARK,
        { timeout: 60_000 },
      );
      const filledMs = await page.evaluate(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
        FILLED_MARK,
      );
      const stats = (await (await fetch(`${url}/__sim/fleet/stats`)).json()) as Stats;
      const rows = await page.getByRole('rowheader').count();
      results.push({ filledMs, peak: stats.peakInFlight, requests: stats.requests, rows });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(
    `Fleet of ${TENANTS} simulated tenants, ${LATENCY_MS} ms latency each, ${SERVER_ENTRY}, Chromium`,
  );
  console.log('| run | every row filled | peak requests in flight | requests sent | rows |');
  console.log('|---|---|---|---|---|');
  results.forEach((result, index) => {
    console.log(
      `| ${index + 1} | ${(result.filledMs / 1000).toFixed(2)} s | ${result.peak} | ${result.requests} | ${result.rows} |`,
    );
  });
  console.log(
    `median: every row filled in ${(median(results.map((r) => r.filledMs)) / 1000).toFixed(2)} s, ` +
      `peak in flight ${Math.max(...results.map((r) => r.peak))} (target: < 3 s, ≤ 8)`,
  );
  process.exit(0);
}

await main();
