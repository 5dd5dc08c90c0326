import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

const ENTRY = '/src/app/prerender.tsx';
const ROOT = '<div id="root"></div>';

interface PrerenderModule {
  renderShell: () => string;
  headScript: () => string;
}

/** Loads src/app/prerender.tsx through Vite's SSR loader (same base, mode and CSS modules). */
async function prerender(config: ResolvedConfig): Promise<{ shell: string; script: string }> {
  const server = await createServer({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    plugins: [react()],
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const module = (await server.ssrLoadModule(ENTRY)) as PrerenderModule;
    return { shell: module.renderShell(), script: module.headScript() };
  } finally {
    await server.close();
  }
}

/**
 * Build only: renders the first page's shell into index.html's #root (main.tsx hydrates it) and
 * emits the head script that sets the colour scheme before the page paints, as a file of its own
 * under a content hash (the console's CSP allows no inline script).
 */
export function prerenderShellPlugin(): Plugin {
  let config: ResolvedConfig;
  let result: { shell: string; script: string; file: string } | undefined;
  return {
    name: 'cmk-prerender-shell',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      const { shell, script } = await prerender(config);
      const hash = createHash('sha256').update(script).digest('base64url').slice(0, 8);
      result = { shell, script, file: `${config.build.assetsDir}/head-${hash}.js` };
    },
    generateBundle() {
      if (!result) return;
      this.emitFile({ type: 'asset', fileName: result.file, source: result.script });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!result) throw new Error('The shell was not prerendered');
        if (!html.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT}`);
        return {
          html: html.replace(ROOT, `<div id="root">${result.shell}</div>`),
          tags: [
            {
              tag: 'script',
              attrs: { src: `${config.base}${result.file}` },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
  };
}
