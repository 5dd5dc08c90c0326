import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, parseKmsArn } from './arn.ts';

const UUID = 'ee358547-5716-4e66-9524-1618716e221a';
const MRK = 'mrk-1234567890abcdef1234567890abcdef';

describe('parseKmsArn', () => {
  it.each([
    `arn:aws:kms:us-east-1:857519135519:key/${UUID}`,
    `arn:aws:kms:eu-west-3:857519135519:key/${MRK}`,
    'arn:aws:kms:us-east-1:123456789012:alias/finance-key',
    'arn:aws:kms:us-east-1:123456789012:alias/team/sub_key-1',
    `arn:aws-cn:kms:cn-north-1:123456789012:key/${UUID}`,
    `arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/${UUID}`,
  ])('accepts %s', (arn) => {
    expect(parseKmsArn(arn)).toMatchObject({ ok: true });
  });

  it.each([
    ['whitespace inside', `arn:aws:kms:us-east-1:857519135519:key/${UUID} `, /whitespace/],
    ['leading whitespace', ` arn:aws:kms:us-east-1:857519135519:key/${UUID}`, /whitespace/],
    ['not an ARN', 'my-key', /must look like/],
    ['unknown partition', `arn:aws-xx:kms:us-east-1:857519135519:key/${UUID}`, /partition/],
    ['another service', `arn:aws:s3:us-east-1:857519135519:key/${UUID}`, /"s3"/],
    ['bad region', `arn:aws:kms:useast1:857519135519:key/${UUID}`, /region/],
    ['china region in aws', `arn:aws:kms:cn-north-1:857519135519:key/${UUID}`, /partition aws/],
    ['short account', `arn:aws:kms:us-east-1:85751913551:key/${UUID}`, /12 digits/],
    ['other resource', `arn:aws:kms:us-east-1:857519135519:grant/${UUID}`, /key\/<key-id>/],
    ['bad key id', 'arn:aws:kms:us-east-1:857519135519:key/not-a-key', /not a KMS key id/],
    ['short mrk', 'arn:aws:kms:us-east-1:857519135519:key/mrk-1234', /not a KMS key id/],
    ['aws alias', 'arn:aws:kms:us-east-1:857519135519:alias/aws/s3', /customer alias/],
    ['alias with dot', 'arn:aws:kms:us-east-1:857519135519:alias/my.key', /customer alias/],
    ['empty', '', /must look like/],
  ])('rejects %s', (_label, arn, problem) => {
    const check = parseKmsArn(arn);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(problem);
  });
});

describe('fingerprintOf', () => {
  it('is the first 16 bytes of the SHA-256 of the ARN, in lowercase hex', async () => {
    const arn = `arn:aws:kms:us-east-1:857519135519:key/${UUID}`;
    const expected = createHash('sha256').update(arn).digest('hex').slice(0, 32);
    expect(await fingerprintOf(arn)).toBe(expected);
    expect(await fingerprintOf(arn)).toMatch(/^[0-9a-f]{32}$/);
  });
});
