import { describe, expect, it } from 'vitest';
import { demoBuildOptions } from './build-demo.ts';

describe('the demo build options', () => {
  it('defaults to the site root and a folder beside the normal build', () => {
    expect(demoBuildOptions([], {})).toStrictEqual({ base: '/', outDir: 'dist-demo' });
    expect(demoBuildOptions([], { CMK_OUT_DIR: 'dist-e' }).outDir).toBe('dist-e-demo');
  });

  it('takes a sub-path in either spelling and adds its trailing slash', () => {
    expect(demoBuildOptions(['--base=/cmk-demo'], {}).base).toBe('/cmk-demo/');
    expect(demoBuildOptions(['--base', '/a/b/', '--outDir', 'out'], {})).toStrictEqual({
      base: '/a/b/',
      outDir: 'out',
    });
  });

  it('refuses a relative base', () => {
    expect(() => demoBuildOptions(['--base=cmk-demo/'], {})).toThrow(/absolute/);
  });
});
