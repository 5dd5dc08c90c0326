import react from '@vitejs/plugin-react';
import { visualizer } from 'rollup-plugin-visualizer';
import { defineConfig } from 'vite';
import { prerenderShellPlugin } from './scripts/prerender-shell-plugin.ts';
import { moduleSizesPlugin } from './server/build/module-sizes-plugin.ts';
import { precompressPlugin } from './server/build/precompress-plugin.ts';
import { cmkApiPlugin } from './server/vite-plugin.ts';

/** Mantine and the packages its components build on (positioning, scroll locking). */
const MANTINE_RUNTIME =
  /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll[^\\/]*|react-style-singleton|use-callback-ref|use-sidecar|tabbable|get-nonce|aria-hidden|detect-node-es|react-number-format|react-transition-group)[\\/]/;

// CMK_OUT_DIR lets parallel e2e runs keep their own build; preview serves the same folder.
const outDir = process.env.CMK_OUT_DIR ?? 'dist';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    cmkApiPlugin(),
    prerenderShellPlugin(),
    precompressPlugin(),
    moduleSizesPlugin(),
    // `npm run analyze`: what each module costs in the browser bundle, beside the build (not committed).
    mode === 'analyze' &&
      visualizer({
        filename: `${outDir}-stats/bundle.html`,
        template: (process.env.ANALYZE_TEMPLATE as 'treemap' | undefined) ?? 'treemap',
        gzipSize: true,
        brotliSize: true,
      }),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    outDir,
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 600,
    // The browsers of the build target (baseline widely available) all support modulepreload.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The first visit's code in one file: smaller (gzip) and fewer requests than the shared
        // chunks rolldown cuts by default (npm run size: 164.4 KB in 1 file vs 175.0 KB in 19).
        codeSplitting: {
          groups: [
            { name: 'first-visit', tags: ['$initial'], priority: 2 },
            // The Mantine components three or more later views share (beyond the first visit's) in
            // one file; rolldown cut it into a file per component (the provider page fetched 38).
            { name: 'mantine', test: MANTINE_RUNTIME, priority: 1, minShareCount: 3 },
          ],
        },
      },
    },
  },
}));
