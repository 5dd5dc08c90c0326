import { describe, expect, it } from 'vitest';
import { keyRegionHints } from './dr-regions.ts';
import { checkKmsArn, type KmsArn } from './kms-arn.ts';

function arn(text: string): KmsArn {
  const check = checkKmsArn(text);
  if (!check.ok) throw new Error(check.problem);
  return check.arn;
}

const MRK = 'mrk-0123456789abcdef0123456789abcdef';
const UUID = 'e4e84fc7-7817-4121-b927-9d1d4ef03f1d';

describe('keyRegionHints', () => {
  it('has nothing to say about a multi-Region key in the tenant’s region', () => {
    expect(
      keyRegionHints(arn(`arn:aws:kms:us-east-1:123456789012:key/${MRK}`), 'us-east-1'),
    ).toEqual([]);
  });

  it('says when the key is in another region than the tenant', () => {
    const hints = keyRegionHints(arn(`arn:aws:kms:eu-west-1:123456789012:key/${MRK}`), 'us-east-1');
    expect(hints).toEqual([
      expect.stringMatching(/in eu-west-1, but the tenant runs in us-east-1/),
    ]);
  });

  it('asks for a replica in the DR region when the key is single-Region', () => {
    const hints = keyRegionHints(
      arn(`arn:aws:kms:eu-west-1:123456789012:key/${UUID}`),
      'eu-west-1',
    );
    expect(hints).toEqual([
      expect.stringMatching(/not a multi-Region key.*replica of the key in eu-west-3/),
    ]);
  });

  it('reminds about the replica for an alias, which does not tell', () => {
    const hints = keyRegionHints(arn('arn:aws:kms:us-east-1:123456789012:alias/qlik'), 'us-east-1');
    expect(hints).toEqual([expect.stringMatching(/replica in us-east-2/)]);
  });

  it('needs no replica in eu-north-1', () => {
    expect(
      keyRegionHints(arn(`arn:aws:kms:eu-north-1:123456789012:key/${UUID}`), 'eu-north-1'),
    ).toEqual([]);
  });

  it('gives both hints at once, and none when the tenant region is unknown', () => {
    const key = arn(`arn:aws:kms:us-west-2:123456789012:key/${UUID}`);
    expect(keyRegionHints(key, 'ap-southeast-2')).toHaveLength(2);
    expect(keyRegionHints(key, null)).toEqual([]);
  });
});
