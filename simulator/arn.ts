export interface KmsArn {
  partition: string;
  region: string;
  account: string;
  resourceType: 'key' | 'alias';
  /** Key id (`mrk-...` or a UUID) or alias name. */
  resourceId: string;
}

export type ArnCheck = { ok: true; arn: KmsArn } | { ok: false; problem: string };

const EXPECTED_SHAPE =
  'arn:<partition>:kms:<region>:<12-digit account>:key/<key-id> or ...:alias/<alias-name>';
const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'];
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d{1,2}$/;
const ACCOUNT = /^\d{12}$/;
const KEY_ID =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[A-Za-z0-9]{32})$/i;
const ALIAS_NAME = /^[A-Za-z0-9/_-]+$/;

export function parseKmsArn(text: string): ArnCheck {
  if (/\s/.test(text)) return fail('The ARN contains whitespace');
  const parts = text.split(':');
  if (parts.length !== 6 || parts[0] !== 'arn')
    return fail(`The ARN must look like ${EXPECTED_SHAPE}`);
  const [, partition = '', service = '', region = '', account = '', resource = ''] = parts;
  if (!PARTITIONS.includes(partition)) {
    return fail(`Unknown partition "${partition}"; expected ${PARTITIONS.join(', ')}`);
  }
  if (service !== 'kms') return fail(`The ARN names the service "${service}", not "kms"`);
  if (!REGION.test(region)) return fail(`"${region}" is not an AWS region such as us-east-1`);
  if (!regionFitsPartition(partition, region)) {
    return fail(`The region ${region} does not belong to the partition ${partition}`);
  }
  if (!ACCOUNT.test(account)) return fail(`The account "${account}" must be 12 digits`);
  return parseResource(resource, { partition, region, account });
}

function parseResource(resource: string, base: Omit<KmsArn, 'resourceType' | 'resourceId'>) {
  const slash = resource.indexOf('/');
  const type = resource.slice(0, slash);
  const id = resource.slice(slash + 1);
  if (slash < 0 || (type !== 'key' && type !== 'alias')) {
    return fail(`The resource must be key/<key-id> or alias/<alias-name>, not "${resource}"`);
  }
  if (type === 'key' && !KEY_ID.test(id)) {
    return fail(`"${id}" is not a KMS key id (a UUID or mrk- followed by 32 letters or digits)`);
  }
  if (type === 'alias' && (!ALIAS_NAME.test(id) || id.startsWith('aws/'))) {
    return fail(`"${id}" is not a customer alias name (letters, digits, /, _ and -; not aws/...)`);
  }
  const arn: KmsArn = { ...base, resourceType: type, resourceId: id };
  return { ok: true, arn } satisfies ArnCheck;
}

function regionFitsPartition(partition: string, region: string): boolean {
  if (partition === 'aws-cn') return region.startsWith('cn-');
  if (partition === 'aws-us-gov') return region.startsWith('us-gov-');
  return !region.startsWith('cn-') && !region.startsWith('us-gov-');
}

function fail(problem: string): ArnCheck {
  return { ok: false, problem };
}

export function formatKmsArn(arn: KmsArn): string {
  return `arn:${arn.partition}:kms:${arn.region}:${arn.account}:${arn.resourceType}/${arn.resourceId}`;
}

/** 32 lowercase hex characters, the same for the same ARN (first 16 bytes of its SHA-256). */
export async function fingerprintOf(arn: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(arn));
  return Array.from(new Uint8Array(digest).slice(0, 16), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
