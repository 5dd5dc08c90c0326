import { describe, expect, it } from 'vitest';
import { firstVisitFiles, type Manifest } from './check-bundle-size.ts';

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

  it('fails loudly when the first route is not in the manifest', () => {
    expect(() => firstVisitFiles(manifest, 'src/Gone.tsx')).toThrow(/src\/Gone\.tsx/);
  });
});
