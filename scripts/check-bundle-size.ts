// Size budget: the JavaScript the first page (the key provider table) loads, gzip-compressed.
// Reads Vite's manifest, follows static imports from index.html plus the lazy route of `/`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// 185 since sign-in, history, activity and the demo slot landed (182.3 KB); issue 15 takes it to 120.
export const FIRST_PAGE_BUDGET_KB = 185;
const FIRST_PAGE_ROUTE = 'src/features/providers/components/ProvidersPage.tsx';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export function firstPageChunks(manifest: Manifest): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Manifest has no entry ${key}`);
    seen.add(key);
    chunk.imports?.forEach(visit);
  };
  visit('index.html');
  visit(FIRST_PAGE_ROUTE);
  return [...seen].map((key) => manifest[key]?.file ?? key);
}

function main() {
  const dist = process.env.CMK_OUT_DIR ?? 'dist';
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const sizes = Object.values(manifest)
    .filter((chunk) => chunk.file.endsWith('.js'))
    .map((chunk) => ({
      file: chunk.file,
      gzipKb: gzipSync(readFileSync(join(dist, chunk.file))).length / 1024,
    }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  const firstPage = new Set(firstPageChunks(manifest));
  for (const { file, gzipKb } of sizes) {
    console.log(`${firstPage.has(file) ? '*' : ' '} ${gzipKb.toFixed(1).padStart(7)} KB  ${file}`);
  }
  const total = sizes.filter(({ file }) => firstPage.has(file)).reduce((s, c) => s + c.gzipKb, 0);
  console.log(
    `First page JavaScript (*): ${total.toFixed(1)} KB gzip, budget ${FIRST_PAGE_BUDGET_KB} KB`,
  );
  if (total > FIRST_PAGE_BUDGET_KB) {
    console.error('Over budget: lazy-load more, or drop a dependency.');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) main();
