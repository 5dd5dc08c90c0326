import { fileURLToPath } from 'node:url';

/**
 * `@mantine-classes/Button` → Mantine's class map of its Button (`{ root: 'm_77c9d27d', … }`), the
 * module its component reads. The console's first-visit views draw with Mantine's stylesheet and
 * these names but without Mantine's component runtime (src/components/lite); the map comes from
 * the installed Mantine, so an upgrade that renames a class cannot leave them behind. Mantine's
 * package exports do not list these files, hence an alias to the path.
 */
export const mantineClassesAlias = {
  find: /^@mantine-classes\/(\w+)$/,
  replacement: `${fileURLToPath(new URL('../../node_modules/@mantine/core/esm/components/', import.meta.url))}$1/$1.module.mjs`,
};
