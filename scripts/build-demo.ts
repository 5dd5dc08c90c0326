// `npm run build:demo -- --base=/some/path/ --outDir X`: the static demo site. A wrapper rather
// than `vite build --outDir …` in package.json, where a second --outDir would become an array.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';

export function demoBuildOptions(args: string[], env: Record<string, string | undefined>) {
  const { values } = parseArgs({
    args,
    options: { base: { type: 'string' }, outDir: { type: 'string' } },
  });
  const base = values.base ?? '/';
  if (!base.startsWith('/')) throw new Error(`--base must be an absolute path, got ${base}`);
  return {
    base: base.endsWith('/') ? base : `${base}/`,
    outDir: values.outDir ?? `${env.CMK_OUT_DIR ?? 'dist'}-demo`,
  };
}

async function main() {
  const { base, outDir } = demoBuildOptions(process.argv.slice(2), process.env);
  await build({ mode: 'demo', base, build: { outDir, emptyOutDir: true, manifest: false } });
  // Static hosts without rewrites (GitHub Pages) serve 404.html for an unknown path: booting the
  // app from it opens the deep link's view. Asset URLs carry the base, so any depth works.
  copyFileSync(join(outDir, 'index.html'), join(outDir, '404.html'));
  console.log(`Demo built for ${base} in ${outDir}/ (with 404.html for deep links)`);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await main();
