// Size budget of the first visit of `/` (the key provider table): the JavaScript and CSS the browser
// loads, gzip as the production server sends it (the build's `.gz` twins, best compression).
// Follows Vite's manifest from index.html (and the route of `/` if it ever becomes lazy again):
// static imports and their CSS.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { ModuleSizes } from '../server/build/module-sizes-plugin.ts';

/**
 * The first visit's budgets (gzip): React, React Router, TanStack Query and Mantine's provider and
 * components of the first page. The page's shell is prerendered into index.html, so these bytes
 * delay what a person can do, not what they see.
 */
export const BUDGET_KB = { js: 150, css: 15 } as const;
const FIRST_PAGE_ROUTE = 'src/features/providers/components/ProvidersPage.tsx';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * Files the first visit loads: the entry's static imports and, when the route of `/` is a chunk of
 * its own (lazy), that route's too; each with its CSS. A route bundled into the entry has no key.
 */
export function firstVisitFiles(manifest: Manifest, route = FIRST_PAGE_ROUTE): string[] {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Manifest has no entry ${key}`);
    seen.add(key);
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  visit('index.html');
  if (manifest[route]) visit(route);
  return [...files];
}

function gzipKb(dist: string, file: string): number {
  const twin = join(dist, `${file}.gz`);
  const bytes = existsSync(twin)
    ? readFileSync(twin).length
    : gzipSync(readFileSync(join(dist, file)), { level: constants.Z_BEST_COMPRESSION }).length;
  return bytes / 1024;
}

const kb = (value: number) => `${value.toFixed(1).padStart(6)} KB`;

/** A package, a Mantine component, or a source folder: what a person would decide to load later. */
export function contributorOf(module: string): string {
  const mantine = /node_modules\/@mantine\/core\/esm\/components\/([^/]+)/.exec(module);
  if (mantine) return `@mantine/core ${mantine[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (pkg?.[1]) return pkg[1] === '@mantine/core' ? '@mantine/core (theme, Box, styles)' : pkg[1];
  return module
    .split('/')
    .slice(0, module.startsWith('src/features/') ? 3 : 2)
    .join('/');
}

/** Each chunk's gzip size shared out by its modules' rendered (unminified) bytes: an estimate. */
function contributors(sizes: ModuleSizes, files: { file: string; kb: number }[]) {
  const byName = new Map<string, number>();
  for (const { file, kb: chunkKb } of files) {
    const modules = Object.entries(sizes[file] ?? {});
    const rendered = modules.reduce((sum, [, bytes]) => sum + bytes, 0);
    for (const [module, bytes] of modules) {
      const name = contributorOf(module);
      byName.set(name, (byName.get(name) ?? 0) + (chunkKb * bytes) / (rendered || 1));
    }
  }
  return [...byName].sort((a, b) => b[1] - a[1]);
}

function main() {
  const dist = process.env.CMK_OUT_DIR ?? 'dist';
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const sizesFile = join(dist, '.vite/module-sizes.json');
  const sizes = existsSync(sizesFile)
    ? (JSON.parse(readFileSync(sizesFile, 'utf8')) as ModuleSizes)
    : undefined;
  const firstVisit = firstVisitFiles(manifest).map((file) => ({ file, kb: gzipKb(dist, file) }));
  let failed = false;
  for (const kind of ['js', 'css'] as const) {
    const files = firstVisit
      .filter(({ file }) => file.endsWith(`.${kind}`))
      .sort((a, b) => b.kb - a.kb);
    const total = files.reduce((sum, { kb }) => sum + kb, 0);
    console.log(`First visit ${kind.toUpperCase()}, ${files.length} files, largest first:`);
    for (const { file, kb: size } of files.slice(0, 12)) console.log(`  ${kb(size)}  ${file}`);
    if (files.length > 12) console.log(`  … ${files.length - 12} more`);
    if (kind === 'js' && sizes) {
      console.log('  Top contributors (≈ gzip, the chunk shared out by unminified bytes):');
      for (const [name, size] of contributors(sizes, files).slice(0, 15)) {
        console.log(`    ${kb(size)}  ${name}`);
      }
    }
    const over = total > BUDGET_KB[kind];
    console.log(
      `  ${kb(total)}  total (gzip), budget ${BUDGET_KB[kind]} KB${over ? ': OVER' : ''}`,
    );
    failed ||= over;
  }
  if (failed) {
    console.error(
      'Over budget: `npm run analyze` shows what each module costs; lazy-load it or drop it.',
    );
  }
  if (failed) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) main();
