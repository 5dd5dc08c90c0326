// Size budget of the first visit of `/` (the key provider table): the JavaScript and CSS the browser
// loads, gzip as the production server sends it (the build's `.gz` twins, best compression).
// Follows Vite's manifest from index.html and the lazy route of `/`: static imports and their CSS.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export const BUDGET_KB = { js: 120, css: 15 } as const;
const FIRST_PAGE_ROUTE = 'src/features/providers/components/ProvidersPage.tsx';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** Files the first visit loads: the entry's and the first route's static imports, with their CSS. */
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
  visit(route);
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

function main() {
  const dist = process.env.CMK_OUT_DIR ?? 'dist';
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
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
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) main();
