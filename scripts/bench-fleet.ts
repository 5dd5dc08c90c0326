// Fleet overview benchmark (not part of the test gate): the built console with a simulated fleet of
// 100 tenants, each answering after 50 ms, opened in Debian Chromium. Reports, per run, the time from
// navigation until every row of the overview has its first answer (the page's `cmk:fleet-filled`
// performance mark), the peak number of requests in flight to the tenants, and how many were sent.
//   npm run build && npm run bench:fleet
//   (BENCH_TENANTS, BENCH_LATENCY_MS and BENCH_RUNS change the set-up.)
import {
  APP,
  launchChromium,
  machineLoad,
  percentile,
  run,
  startConsole,
} from './bench/console.ts';

const TENANTS = Number(process.env.BENCH_TENANTS ?? 100);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FILLED_MARK = 'cmk:fleet-filled';

interface Stats {
  inFlight: number;
  peakInFlight: number;
  requests: number;
}

async function main() {
  await startConsole({ SIM_FLEET: String(TENANTS), SIM_LATENCY_MS: String(LATENCY_MS) });
  const browser = await launchChromium();
  const results: { filledMs: number; peak: number; requests: number; rows: number }[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context: a first visit, nothing cached.
    const context = await browser.newContext();
    const page = await context.newPage();
    const reset = await fetch(`${APP}/__sim/fleet/stats/reset`, { method: 'POST' });
    if (!reset.ok) throw new Error(`stats reset: HTTP ${reset.status}`);
    await page.goto(`${APP}/`);
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      FILLED_MARK,
      {
        timeout: 60_000,
      },
    );
    const filledMs = await page.evaluate(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
      FILLED_MARK,
    );
    const stats = (await (await fetch(`${APP}/__sim/fleet/stats`)).json()) as Stats;
    // CSS, not a role query: accessible names over many rows are slow to compute.
    const rows = await page.locator('tbody th').count();
    results.push({ filledMs, peak: stats.peakInFlight, requests: stats.requests, rows });
    await context.close();
  }
  await browser.close();
  console.log(`Fleet of ${TENANTS} simulated tenants, ${LATENCY_MS} ms latency each, Chromium`);
  console.log(
    '| run | every row filled | peak requests in flight | requests sent | rows rendered |',
  );
  console.log('|---|---|---|---|---|');
  results.forEach((result, index) => {
    console.log(
      `| ${index + 1} | ${(result.filledMs / 1000).toFixed(2)} s | ${result.peak} | ${result.requests} | ${result.rows} |`,
    );
  });
  console.log(
    `median: every row filled in ${(
      percentile(
        results.map((r) => r.filledMs),
        0.5,
      ) / 1000
    ).toFixed(2)} s, ` +
      `peak in flight ${Math.max(...results.map((r) => r.peak))} (target: < 3 s, ≤ 8); load ${machineLoad()}`,
  );
}

void run(main);
