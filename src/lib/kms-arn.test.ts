import { describe, expect, it } from 'vitest';
import { arnLocation, checkKmsArn } from './kms-arn.ts';

const UUID = 'e4e84fc7-7817-4121-b927-9d1d4ef03f1d';
const MRK = 'mrk-0123456789abcdef0123456789abcdef';

describe('checkKmsArn accepts', () => {
  it.each([
    [`arn:aws:kms:us-east-1:857519135519:key/${UUID}`, 'us-east-1', 'key', false],
    [`arn:aws:kms:eu-west-1:857519135519:key/${UUID.toUpperCase()}`, 'eu-west-1', 'key', false],
    [`arn:aws:kms:ap-southeast-2:123456789012:key/${MRK}`, 'ap-southeast-2', 'key', true],
    [
      `arn:aws:kms:eu-central-1:123456789012:key/MRK-0123456789ABCDEF0123456789ABCDEF`,
      'eu-central-1',
      'key',
      true,
    ],
    ['arn:aws:kms:us-east-2:123456789012:alias/qlik-cmk', 'us-east-2', 'alias', false],
    ['arn:aws:kms:eu-north-1:123456789012:alias/team/qlik_prod-1', 'eu-north-1', 'alias', false],
    [`arn:aws-cn:kms:cn-north-1:123456789012:key/${UUID}`, 'cn-north-1', 'key', false],
    [`arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/${MRK}`, 'us-gov-west-1', 'key', true],
    [`arn:aws:kms:ap-southeast-4:123456789012:key/${UUID}`, 'ap-southeast-4', 'key', false],
  ])('%s', (text, region, resourceType, multiRegion) => {
    const check = checkKmsArn(text);
    expect(check).toMatchObject({ ok: true, arn: { region, resourceType, multiRegion } });
  });

  it('splits out the account and the key id', () => {
    expect(checkKmsArn(`arn:aws:kms:us-east-1:857519135519:key/${UUID}`)).toEqual({
      ok: true,
      arn: {
        partition: 'aws',
        region: 'us-east-1',
        account: '857519135519',
        resourceType: 'key',
        resourceId: UUID,
        multiRegion: false,
      },
    });
  });
});

describe('checkKmsArn refuses', () => {
  it.each([
    ['empty', '', /Enter the ARN/],
    ['a leading space', ` arn:aws:kms:us-east-1:123456789012:key/${UUID}`, /spaces/],
    ['a trailing newline', `arn:aws:kms:us-east-1:123456789012:key/${UUID}\n`, /line breaks/],
    ['an inner tab', `arn:aws:kms:us-east-1:\t123456789012:key/${UUID}`, /spaces/],
    ['not an ARN', 'my-key', /An ARN looks like/],
    ['a bare key id', UUID, /An ARN looks like/],
    ['too few parts', 'arn:aws:kms:us-east-1:123456789012', /An ARN looks like/],
    ['ARN: in capitals', `ARN:aws:kms:us-east-1:123456789012:key/${UUID}`, /An ARN looks like/],
    ['an unknown partition', `arn:aws-xx:kms:us-east-1:123456789012:key/${UUID}`, /partition/],
    ['another service', `arn:aws:s3:us-east-1:123456789012:key/${UUID}`, /service "s3"/],
    ['IAM', 'arn:aws:iam::123456789012:role/qlik', /service "iam"/],
    ['no region', `arn:aws:kms::123456789012:key/${UUID}`, /"" is not an AWS region/],
    ['a made-up region', `arn:aws:kms:moon-1:123456789012:key/${UUID}`, /not an AWS region/],
    ['an upper-case region', `arn:aws:kms:US-EAST-1:123456789012:key/${UUID}`, /not an AWS region/],
    [
      'a China region in aws',
      `arn:aws:kms:cn-north-1:123456789012:key/${UUID}`,
      /not in the partition aws/,
    ],
    ['an 11-digit account', `arn:aws:kms:us-east-1:12345678901:key/${UUID}`, /12 digits/],
    ['a 13-digit account', `arn:aws:kms:us-east-1:1234567890123:key/${UUID}`, /12 digits/],
    ['letters in the account', `arn:aws:kms:us-east-1:12345678901a:key/${UUID}`, /12 digits/],
    ['a bucket resource', 'arn:aws:kms:us-east-1:123456789012:bucket/x', /key\/<key-id> or alias/],
    ['no resource type', `arn:aws:kms:us-east-1:123456789012:${UUID}`, /key\/<key-id> or alias/],
    ['a short key id', 'arn:aws:kms:us-east-1:123456789012:key/1234', /UUID/],
    ['a short mrk id', 'arn:aws:kms:us-east-1:123456789012:key/mrk-1234', /mrk- followed by 32/],
    ['an AWS managed alias', 'arn:aws:kms:us-east-1:123456789012:alias/aws/s3', /not an AWS alias/],
    ['an alias with a dot', 'arn:aws:kms:us-east-1:123456789012:alias/my.key', /alias name/],
    ['unicode in the alias', 'arn:aws:kms:us-east-1:123456789012:alias/clé', /alias name/],
    [
      'unicode digits in the account',
      `arn:aws:kms:us-east-1:１２３４５６７８９０１２:key/${UUID}`,
      /12 digits/,
    ],
    ['an extra colon', `arn:aws:kms:us-east-1:123456789012:key:${UUID}`, /key\/<key-id> or alias/],
  ])('%s', (_, text, problem) => {
    const check = checkKmsArn(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(problem);
  });
});

describe('arnLocation', () => {
  it('reads region and account of an ARN', () => {
    expect(arnLocation(`arn:aws:kms:us-east-1:857519135519:key/${UUID}`)).toEqual({
      region: 'us-east-1',
      account: '857519135519',
    });
  });

  it('has none for the Qlik default', () => {
    expect(arnLocation('#QLIK_MANAGED_KEY_PROVIDER#')).toBeNull();
  });
});
