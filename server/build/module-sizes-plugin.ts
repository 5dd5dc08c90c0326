import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** `{ [chunk file]: { [module]: rendered bytes } }`, read by `npm run size` to name the contributors. */
export type ModuleSizes = Record<string, Record<string, number>>;

/** Writes `.vite/module-sizes.json` beside Vite's manifest: what each module adds to each chunk. */
export function moduleSizesPlugin(): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'cmk-module-sizes',
    apply: (config) => config.build?.ssr === undefined || config.build.ssr === false,
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const sizes: ModuleSizes = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        sizes[output.fileName] = Object.fromEntries(
          Object.entries(output.modules).map(([id, module]) => [
            relative(root, id.replace(/^\0/, '')),
            module.renderedLength,
          ]),
        );
      }
      await mkdir(join(outDir, '.vite'), { recursive: true });
      await writeFile(join(outDir, '.vite/module-sizes.json'), JSON.stringify(sizes));
    },
  };
}
