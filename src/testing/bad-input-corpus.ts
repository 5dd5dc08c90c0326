// What people (and pasted clipboards) put into the console, with the outcome each must have.
// Used by unit tests (client checks, simulator, proxy) and sampled by e2e.

export interface ArnCase {
  label: string;
  arn: string;
  /** Accepted by the form's live check, and registered (201) by the tenant. */
  valid: boolean;
  /** The form's message for an invalid ARN must match this. */
  problem?: RegExp;
}

const UUID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const MRK = 'mrk-1234abcd12ab34cd56ef1234567890ab';

export const arnCases: ArnCase[] = [
  { label: 'key in us-east-1', arn: `arn:aws:kms:us-east-1:111122223333:key/${UUID}`, valid: true },
  { label: 'key in eu-west-3', arn: `arn:aws:kms:eu-west-3:111122223333:key/${UUID}`, valid: true },
  {
    label: 'key in ap-southeast-4',
    arn: `arn:aws:kms:ap-southeast-4:111122223333:key/${UUID}`,
    valid: true,
  },
  { label: 'multi-Region key', arn: `arn:aws:kms:eu-west-1:111122223333:key/${MRK}`, valid: true },
  { label: 'alias', arn: 'arn:aws:kms:us-east-2:111122223333:alias/qlik-tenant-key', valid: true },
  {
    label: 'alias with path',
    arn: 'arn:aws:kms:eu-central-1:111122223333:alias/team/qlik_key-1',
    valid: true,
  },
  {
    label: 'China partition',
    arn: `arn:aws-cn:kms:cn-north-1:111122223333:key/${UUID}`,
    valid: true,
  },
  {
    label: 'GovCloud partition',
    arn: `arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/${UUID}`,
    valid: true,
  },
  { label: 'empty', arn: '', valid: false, problem: /Enter the ARN/ },
  {
    label: 'leading space',
    arn: ` arn:aws:kms:us-east-1:111122223333:key/${UUID}`,
    valid: false,
    problem: /spaces/,
  },
  {
    label: 'trailing newline',
    arn: `arn:aws:kms:us-east-1:111122223333:key/${UUID}\n`,
    valid: false,
    problem: /line breaks/,
  },
  {
    label: 'tab inside',
    arn: `arn:aws:kms:us-east-1:\t111122223333:key/${UUID}`,
    valid: false,
    problem: /spaces/,
  },
  {
    label: 'control character',
    arn: `arn:aws:kms:us-east-1:111122223333:key/${UUID}\u0000`,
    valid: false,
  },
  {
    label: 'wrong service',
    arn: `arn:aws:s3:us-east-1:111122223333:key/${UUID}`,
    valid: false,
    problem: /service "s3"/,
  },
  { label: 'IAM role ARN', arn: 'arn:aws:iam::111122223333:role/qlik', valid: false },
  {
    label: 'wrong partition',
    arn: `arn:azure:kms:us-east-1:111122223333:key/${UUID}`,
    valid: false,
    problem: /partition/,
  },
  {
    label: 'region not in partition',
    arn: `arn:aws:kms:cn-north-1:111122223333:key/${UUID}`,
    valid: false,
    problem: /partition/,
  },
  {
    label: 'made-up region',
    arn: `arn:aws:kms:moon-base-1a:111122223333:key/${UUID}`,
    valid: false,
    problem: /region/,
  },
  { label: 'missing region', arn: `arn:aws:kms::111122223333:key/${UUID}`, valid: false },
  {
    label: '11-digit account',
    arn: `arn:aws:kms:us-east-1:11112222333:key/${UUID}`,
    valid: false,
    problem: /12 digits/,
  },
  {
    label: '13-digit account',
    arn: `arn:aws:kms:us-east-1:1111222233334:key/${UUID}`,
    valid: false,
    problem: /12 digits/,
  },
  {
    label: 'account with letters',
    arn: `arn:aws:kms:us-east-1:11112222333x:key/${UUID}`,
    valid: false,
    problem: /12 digits/,
  },
  { label: 'missing resource', arn: 'arn:aws:kms:us-east-1:111122223333:', valid: false },
  { label: 'key without id', arn: 'arn:aws:kms:us-east-1:111122223333:key/', valid: false },
  {
    label: 'wrong resource type',
    arn: `arn:aws:kms:us-east-1:111122223333:grant/${UUID}`,
    valid: false,
    problem: /key\/<key-id> or alias/,
  },
  {
    label: 'truncated UUID',
    arn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab',
    valid: false,
    problem: /UUID/,
  },
  {
    label: 'short mrk id',
    arn: 'arn:aws:kms:us-east-1:111122223333:key/mrk-1234',
    valid: false,
    problem: /mrk-/,
  },
  {
    label: 'AWS managed alias',
    arn: 'arn:aws:kms:us-east-1:111122223333:alias/aws/s3',
    valid: false,
    problem: /aws\//,
  },
  {
    label: 'unicode look-alike colon',
    arn: `arn:aws:kms:us-east-1\uFF1A111122223333:key/${UUID}`,
    valid: false,
  },
  {
    label: 'Cyrillic a in arn',
    arn: `\u0430rn:aws:kms:us-east-1:111122223333:key/${UUID}`,
    valid: false,
  },
  {
    label: 'fullwidth digits in account',
    arn: `arn:aws:kms:us-east-1:\uFF11\uFF11\uFF11\uFF11\uFF12\uFF12\uFF12\uFF12\uFF13\uFF13\uFF13\uFF13:key/${UUID}`,
    valid: false,
    problem: /12 digits/,
  },
  { label: 'just a key id', arn: UUID, valid: false },
  {
    label: '2,000 characters',
    arn: `arn:aws:kms:us-east-1:111122223333:alias/${'a'.repeat(2000)}`,
    valid: true,
  },
  { label: '2,000 characters of junk', arn: 'x'.repeat(2000), valid: false },
];

export interface TextCase {
  label: string;
  value: string;
  /** Whether a name with this value is accepted; descriptions accept everything. */
  nameAccepted: boolean;
}

export const textCases: TextCase[] = [
  { label: 'empty', value: '', nameAccepted: false },
  { label: 'whitespace only', value: '   \t ', nameAccepted: false },
  { label: 'plain', value: 'Production key 2026', nameAccepted: true },
  { label: 'very long', value: 'Long name '.repeat(100), nameAccepted: true },
  {
    label: 'HTML and script',
    value: '<img src=x onerror=alert(1)><script>alert(2)</script>',
    nameAccepted: true,
  },
  { label: 'emoji', value: 'Key 🔐 for 🇪🇺 data', nameAccepted: true },
  { label: 'right-to-left', value: 'مفتاح التشفير الرئيسي', nameAccepted: true },
  {
    label: 'quotes and shell characters',
    value: `It's "ours" $(rm -rf /) \`id\``,
    nameAccepted: true,
  },
];

export interface FingerprintCase {
  label: string;
  fingerprint: string;
  /** What the tenant answers to GET /keyproviders/{fp} (the proxy forwards it as one segment). */
  status: 404 | 414;
}

export const fingerprintCases: FingerprintCase[] = [
  { label: 'unknown', fingerprint: '0123456789abcdef0123456789abcdef', status: 404 },
  { label: '10,000 characters', fingerprint: 'f'.repeat(10_000), status: 414 },
  { label: '65 characters', fingerprint: 'a'.repeat(65), status: 414 },
  { label: 'path traversal', fingerprint: '../../users/me', status: 404 },
  { label: 'encoded slash', fingerprint: 'abc%2F..%2Fdef', status: 404 },
  { label: 'query and fragment characters', fingerprint: 'abc?x=1#frag', status: 404 },
  { label: 'unicode', fingerprint: 'ключ-🔑', status: 404 },
];
