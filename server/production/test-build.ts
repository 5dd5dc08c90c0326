// A built console in a temporary folder, as `npm run build` leaves it, for the server's tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { closeGracefully } from './graceful-shutdown.ts';
import type { ConsoleServer } from './start-server.ts';

export const INDEX_HTML =
  '<!doctype html><title>built console</title><script type="module" src="/assets/index-abc123.js"></script>';
export const ASSET = '/assets/index-abc123.js';
export const ASSET_SOURCE = `console.log(${JSON.stringify('x'.repeat(2000))});`;

function withTwins(path: string, content: string) {
  writeFileSync(path, content);
  writeFileSync(`${path}.br`, brotliCompressSync(content));
  writeFileSync(`${path}.gz`, gzipSync(content));
}

export function makeTestBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cmk-build-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  withTwins(join(dir, 'index.html'), INDEX_HTML);
  withTwins(join(dir, ASSET), ASSET_SOURCE);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
  return dir;
}

/** A data directory of its own (sign-in mode opens PGlite there at start-up), under the temp folder. */
export function makeTestDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'cmk-data-'));
}

/** Stops a console a test started: its HTTP server, then its database (a directory admits one opener). */
export async function stopTestServer(server: ConsoleServer): Promise<void> {
  await closeGracefully(server.server, 100);
  await server.closeStorage();
}
