// Memory benchmark of the migration monitor (not part of the test gate): the built console on the
// simulated tenant with a migration running, `/migration` open under Playwright's fake clock,
// advanced one simulated hour in 1 s steps; each step waits for the poll it triggers to be answered.
// After a forced GC it reports the JS heap and the DOM counters at start, every 10 minutes and end.
//   CMK_OUT_DIR=dist-pt npm run build && CMK_OUT_DIR=dist-pt npm run bench:monitor-heap
import type { CDPSession, Page } from '@playwright/test';
import {
  APP,
  launchChromium,
  loadScenario,
  machineLoad,
  run,
  startConsole,
} from './bench/console.ts';

const HOUR_S = Number(process.env.BENCH_SIMULATED_S ?? 3600);
const REPORT_EVERY_S = 600;
/** The tenant's migration is slow in real time, so it keeps running through the benchmark. */
const MIGRATION_MS = 30 * 60_000;

interface Sample {
  simulatedS: number;
  heapUsedMB: number;
  nodes: number;
  listeners: number;
  polls: number;
}

async function sample(cdp: CDPSession, simulatedS: number, polls: number): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    simulatedS,
    heapUsedMB: heap.usedSize / 1024 / 1024,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    polls,
  };
}

/** Counts the detail polls, so each clock step can wait until its poll is answered. */
function watchPolls(page: Page) {
  const state = { started: 0, finished: 0 };
  const isPoll = (url: string) => url.endsWith('/migration/actions/details');
  page.on('request', (request) => {
    if (isPoll(request.url())) state.started++;
  });
  const done = (request: { url: () => string }) => {
    if (isPoll(request.url())) state.finished++;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return state;
}

async function main() {
  await startConsole();
  await loadScenario('migrating', MIGRATION_MS);
  const browser = await launchChromium();
  const page = await (await browser.newContext()).newPage();
  const polls = watchPolls(page);
  await page.clock.install();
  await page.goto(`${APP}/migration`);
  await page.getByText('Migration in progress').waitFor({ timeout: 30_000 });
  await page.clock.pauseAt(Date.now() + 1_000);
  const cdp = await page.context().newCDPSession(page);
  const samples = [await sample(cdp, 0, polls.finished)];
  const startedAt = Date.now();
  for (let second = 1; second <= HOUR_S; second++) {
    const before = polls.started;
    await page.clock.runFor(1_000);
    // The step's poll, once answered (a step without one gives up after 300 ms of real time).
    const until = Date.now() + 300;
    while (!(polls.started > before && polls.finished >= polls.started) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (second % REPORT_EVERY_S === 0 || second === HOUR_S)
      samples.push(await sample(cdp, second, polls.finished));
  }
  const progress = await page.getByRole('progressbar').first().getAttribute('aria-valuenow');
  await browser.close();
  console.log(
    `${HOUR_S} s simulated in ${Math.round((Date.now() - startedAt) / 1000)} s; ` +
      `migration at ${progress} % at the end; load average ${machineLoad()}`,
  );
  console.log('simulated  JS heap used  DOM nodes  listeners  polls answered');
  for (const s of samples) {
    console.log(
      `${String(s.simulatedS).padStart(7)} s  ${s.heapUsedMB.toFixed(2).padStart(9)} MB  ` +
        `${String(s.nodes).padStart(9)}  ${String(s.listeners).padStart(9)}  ${String(s.polls).padStart(14)}`,
    );
  }
  const [first, last] = [samples[0], samples.at(-1)];
  if (first && last) {
    console.log(
      `heap ${(last.heapUsedMB - first.heapUsedMB).toFixed(2)} MB, DOM nodes ${last.nodes - first.nodes} from start to end`,
    );
  }
}

void run(main);
