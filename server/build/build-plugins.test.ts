import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { precompressPlugin } from './precompress-plugin.ts';
import { serverDependenciesPlugin } from './server-dependencies-plugin.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cmk-build-plugin-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

describe('precompressPlugin', () => {
  it('writes .br and .gz twins of the built text files, when smaller', async () => {
    const root = project({
      'index.html': `<!doctype html><title>t</title><script type="module" src="/main.js"></script><p>${'hello '.repeat(200)}</p>`,
      'main.js': `document.title = ${JSON.stringify('x'.repeat(5000))};`,
      'public/tiny.txt': 'a',
    });
    await build({ root, logLevel: 'silent', configFile: false, plugins: [precompressPlugin()] });
    const dist = join(root, 'dist');
    const html = readFileSync(join(dist, 'index.html'));
    expect(brotliDecompressSync(readFileSync(join(dist, 'index.html.br')))).toEqual(html);
    expect(gunzipSync(readFileSync(join(dist, 'index.html.gz')))).toEqual(html);
    expect(existsSync(join(dist, 'tiny.txt.br'))).toBe(false);
  });
});

describe('serverDependenciesPlugin', () => {
  it('fails the server build on an import of a devDependency', async () => {
    const root = project({ 'entry.ts': `import { build } from 'vite';\nconsole.log(build);\n` });
    const failing = build({
      root,
      logLevel: 'silent',
      configFile: false,
      plugins: [serverDependenciesPlugin({ hono: '^4' })],
      build: { ssr: join(root, 'entry.ts'), outDir: join(root, 'out') },
    });
    await expect(failing).rejects.toThrow(/imports "vite", which is not in "dependencies"/);
  });
});
