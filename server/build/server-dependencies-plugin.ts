import { builtinModules } from 'node:module';
import type { Plugin } from 'vite';

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * Fails the server build when server code imports a package that is not a runtime dependency: a
 * deployment installs with `npm ci --omit=dev`, where such an import would crash at start.
 */
export function serverDependenciesPlugin(dependencies: Record<string, string>): Plugin {
  const builtins = new Set(builtinModules);
  return {
    name: 'cmk-server-dependencies',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith('.') || source.startsWith('/') || source.startsWith('\0')) return null;
      if (source.startsWith('node:') || builtins.has(source)) return null;
      const name = packageName(source);
      if (name in dependencies) return null;
      this.error(
        `${importer ?? 'the server'} imports "${source}", which is not in "dependencies": it would be missing where the console is deployed with \`npm ci --omit=dev\`. Move it to dependencies or keep it out of server code.`,
      );
    },
  };
}
