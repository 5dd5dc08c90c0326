// Load benchmark of the production server (not part of the test gate). Starts the standalone
// simulator and the built server (`npm start`'s bundle) in API-key mode on 127.0.0.1, then drives
// it with autocannon: 50 connections for 30 s on `/` and on the proxied provider list, then
// 100,000 more requests, reading the server's memory (after a full GC) in between.
//   CMK_OUT_DIR=dist-c npm run build && CMK_OUT_DIR=dist-c npm run bench:server
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { pathOf } from '../src/api/operations.gen.ts';
import { freePort } from './bench/console.ts';

const OUT_DIR = process.env.CMK_OUT_DIR ?? 'dist';
const SERVER_ENTRY = `${OUT_DIR}-server/start.js`;
const KEY = 'bench-tenant-key';
const LIST = pathOf('listKeyProviders');
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 30);
const AMOUNT = Number(process.env.BENCH_AMOUNT ?? 100_000);

const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>) {
  for (let waited = 0; waited < 30_000; waited += 100) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not come up`);
}

async function startSimulator(): Promise<string> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['tsx', 'simulator/server.ts'], {
    env: { ...process.env, SIM_PORT: String(port), SIM_API_KEY: KEY },
    stdio: 'ignore',
  });
  children.push(child);
  await until('the simulator', () =>
    fetch(`${url}${LIST}`, { headers: { authorization: `Bearer ${KEY}` } }).then(
      (r) => (r.ok ? true : undefined),
      () => undefined,
    ),
  );
  return url;
}

/** The server's request log goes to a file, as a deployment's would, not through this process. */
async function startServer(tenantUrl: string) {
  const logFile = join(mkdtempSync(join(tmpdir(), 'cmk-bench-')), 'server.log');
  const log = openSync(logFile, 'w');
  const probe = new URL('bench/memory-probe.js', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--expose-gc', '--import', probe, SERVER_ENTRY], {
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      CMK_OUT_DIR: OUT_DIR,
      QLIK_TENANT: tenantUrl,
      QLIK_API_KEY: KEY,
      QLIK_TENANT_REGION: 'us-east-1',
    },
    stdio: ['ignore', log, log, 'ipc'],
  });
  children.push(child);
  const url = await until(
    'the console server',
    () => /Console: (\S+)/.exec(readFileSync(logFile, 'utf8'))?.[1],
  );
  const memory = () =>
    new Promise<{ rss: number; heapUsed: number }>((resolve) => {
      child.once('message', (answer) => {
        resolve(answer as { rss: number; heapUsed: number });
      });
      child.send('memory?');
    });
  return { url, memory, logFile };
}

interface Row {
  run: string;
  requests: number;
  perSecond: number;
  p99: number;
  errors: number;
}

async function drive(run: string, url: string, options: Partial<autocannon.Options>): Promise<Row> {
  const result = await autocannon({ url, connections: CONNECTIONS, ...options });
  return {
    run,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

async function main() {
  if (!existsSync(SERVER_ENTRY))
    throw new Error(`No ${SERVER_ENTRY}: run \`npm run build\` first.`);
  const tenant = await startSimulator();
  const server = await startServer(tenant);
  const page = { url: `${server.url}/`, headers: { 'accept-encoding': 'br, gzip' } };
  const list = { url: `${server.url}${LIST}`, headers: { 'accept-encoding': 'gzip' } };
  await drive('warm-up', page.url, { ...page, duration: 2 });
  await drive('warm-up', list.url, { ...list, duration: 2 });
  const before = await server.memory();
  const rows = [
    await drive(`/ (index.html, br), ${DURATION_S} s`, page.url, { ...page, duration: DURATION_S }),
    await drive(`${LIST} (proxied, gzip), ${DURATION_S} s`, list.url, {
      ...list,
      duration: DURATION_S,
    }),
  ];
  const afterTimed = await server.memory();
  rows.push(await drive(`${LIST}, ${AMOUNT} requests`, list.url, { ...list, amount: AMOUNT }));
  const afterAmount = await server.memory();

  console.log(`Node ${process.version}, ${CONNECTIONS} connections, server ${SERVER_ENTRY}`);
  console.log('| run | requests | requests/s | p99 latency | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(
      `| ${row.run} | ${row.requests} | ${row.perSecond} | ${row.p99} ms | ${row.errors} |`,
    );
  }
  const timed = (rows[0]?.requests ?? 0) + (rows[1]?.requests ?? 0);
  console.log('\n| server memory (after a full GC) | RSS | heap used |');
  console.log('| --- | ---: | ---: |');
  console.log(`| before | ${mb(before.rss)} | ${mb(before.heapUsed)} |`);
  console.log(
    `| after the timed runs (${timed} requests) | ${mb(afterTimed.rss)} | ${mb(afterTimed.heapUsed)} |`,
  );
  console.log(`| after ${AMOUNT} more | ${mb(afterAmount.rss)} | ${mb(afterAmount.heapUsed)} |`);
  const errors = rows.reduce((sum, row) => sum + row.errors, 0);
  if (errors > 0) {
    console.error(`${errors} errors; the server's log is in ${server.logFile}`);
    process.exitCode = 1;
  }
}

main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
