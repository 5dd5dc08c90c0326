import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './server/build/precompress-plugin.ts';
import { cmkApiPlugin } from './server/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), cmkApiPlugin(), precompressPlugin()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    // CMK_OUT_DIR lets parallel e2e runs keep their own build; preview serves the same folder.
    outDir: process.env.CMK_OUT_DIR ?? 'dist',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
});
