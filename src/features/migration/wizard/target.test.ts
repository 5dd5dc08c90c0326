import { describe, expect, it } from 'vitest';
import type { KeyProvider } from '../../../api/model.ts';
import { readStep, resolveTarget, targetOptions, targetParam } from './target.ts';

const qlik = { fingerprint: 'tenant-id', isQlikDefault: true, current: false } as KeyProvider;
const cmk01 = { fingerprint: 'f01', isQlikDefault: false, current: false } as KeyProvider;
const cmk02 = { fingerprint: 'f02', isQlikDefault: false, current: true } as KeyProvider;
const providers = [qlik, cmk01, cmk02];

describe('wizard target', () => {
  it('offers every provider but the current one', () => {
    expect(targetOptions(providers)).toEqual([qlik, cmk01]);
    expect(targetParam(qlik)).toBe('qlik-default');
  });
  it('reads ?target= as a fingerprint or qlik-default', () => {
    expect(resolveTarget(providers, 'qlik-default')).toEqual({
      kind: 'qlik-default',
      provider: qlik,
    });
    expect(resolveTarget(providers, 'f01')).toEqual({ kind: 'provider', provider: cmk01 });
    expect(resolveTarget(providers, 'nope')).toBeNull();
    expect(resolveTarget(providers, null)).toBeNull();
  });
  it('starts at the target step until a target is chosen', () => {
    expect(readStep('confirm', false)).toBe('target');
    expect(readStep('confirm', true)).toBe('confirm');
    expect(readStep('bogus', true)).toBe('target');
  });
});
