import { describe, expect, it } from 'vitest';
import { contributorOf, firstVisitFiles, type Manifest } from './check-bundle-size.ts';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    imports: ['_shared.js'],
    dynamicImports: ['src/Table.tsx', 'src/Wizard.tsx'],
    css: ['assets/index.css'],
  },
  '_shared.js': { file: 'assets/shared.js', css: ['assets/shared.css'] },
  'src/Table.tsx': { file: 'assets/Table.js', imports: ['_shared.js', '_cells.js', 'index.html'] },
  '_cells.js': {
    file: 'assets/cells.js',
    css: ['assets/cells.css'],
    dynamicImports: ['_dialog.js'],
  },
  '_dialog.js': { file: 'assets/dialog.js', css: ['assets/dialog.css'] },
  'src/Wizard.tsx': { file: 'assets/Wizard.js', css: ['assets/Wizard.css'] },
};

describe('the first visit', () => {
  it('loads the entry and the first route with their static imports and their CSS, once each', () => {
    expect(firstVisitFiles(manifest, 'src/Table.tsx').sort()).toStrictEqual([
      'assets/Table.js',
      'assets/cells.css',
      'assets/cells.js',
      'assets/index.css',
      'assets/index.js',
      'assets/shared.css',
      'assets/shared.js',
    ]);
  });

  it('counts a route bundled into the entry (no key of its own) with the entry', () => {
    expect(firstVisitFiles(manifest, 'src/Bundled.tsx').sort()).toStrictEqual([
      'assets/index.css',
      'assets/index.js',
      'assets/shared.css',
      'assets/shared.js',
    ]);
  });

  it('fails loudly when an import is missing from the manifest', () => {
    const broken = { ...manifest, '_shared.js': undefined } as unknown as Manifest;
    expect(() => firstVisitFiles(broken, 'src/Table.tsx')).toThrow(/_shared\.js/);
  });
});

describe('a contributor', () => {
  it('is a package, a Mantine component or a source folder', () => {
    expect(contributorOf('node_modules/react-dom/cjs/react-dom-client.production.js')).toBe(
      'react-dom',
    );
    expect(contributorOf('node_modules/@tanstack/query-core/build/modern/query.js')).toBe(
      '@tanstack/query-core',
    );
    expect(contributorOf('node_modules/@mantine/core/esm/components/AppShell/AppShell.mjs')).toBe(
      '@mantine/core AppShell',
    );
    expect(contributorOf('src/features/providers/components/ProvidersPage.tsx')).toBe(
      'src/features/providers',
    );
    expect(contributorOf('src/api/client.ts')).toBe('src/api');
  });
});
