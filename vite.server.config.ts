import { defineConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import { serverDependenciesPlugin } from './server/build/server-dependencies-plugin.ts';

// The production server (`npm start`), bundled beside the console's build: CMK_OUT_DIR=dist-c
// puts the console in dist-c/ and this in dist-c-server/. Runtime dependencies stay imports.
const outDir = `${process.env.CMK_OUT_DIR ?? 'dist'}-server`;

export default defineConfig({
  plugins: [serverDependenciesPlugin(packageJson.dependencies)],
  publicDir: false,
  build: {
    ssr: 'server/start.ts',
    outDir,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'start.js' } },
  },
});
