import { parse } from '@aws-sdk/util-arn-parser';

export interface KmsArn {
  partition: string;
  region: string;
  account: string;
  resourceType: 'key' | 'alias';
  /** Key id (a UUID or `mrk-…`) or alias name. */
  resourceId: string;
  /** A multi-Region key id (`mrk-`); an alias does not tell. */
  multiRegion: boolean;
}

export type KmsArnCheck = { ok: true; arn: KmsArn } | { ok: false; problem: string };

export const KMS_ARN_EXAMPLE = 'arn:aws:kms:us-east-1:123456789012:key/<key-id>';

const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'];
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d{1,2}$/;
const ACCOUNT = /^\d{12}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MRK = /^mrk-[0-9a-z]{32}$/i;
const ALIAS = /^[A-Za-z0-9/_-]+$/;

const fail = (problem: string): KmsArnCheck => ({ ok: false, problem });

function regionFitsPartition(partition: string, region: string): boolean {
  if (partition === 'aws-cn') return region.startsWith('cn-');
  if (partition === 'aws-us-gov') return region.startsWith('us-gov-');
  return !region.startsWith('cn-') && !region.startsWith('us-gov-');
}

function checkResource(
  resource: string,
): KmsArnCheck | Pick<KmsArn, 'resourceType' | 'resourceId'> {
  const slash = resource.indexOf('/');
  const type = resource.slice(0, slash);
  const id = resource.slice(slash + 1);
  if (slash < 0 || (type !== 'key' && type !== 'alias')) {
    return fail('The last part must be key/<key-id> or alias/<alias-name>.');
  }
  if (type === 'key' && !UUID.test(id) && !MRK.test(id)) {
    return id.toLowerCase().startsWith('mrk-')
      ? fail('A multi-Region key id is mrk- followed by 32 letters or digits.')
      : fail('The key id must be a UUID (or mrk-… for a multi-Region key).');
  }
  if (type === 'alias' && (!ALIAS.test(id) || id.startsWith('aws/'))) {
    return fail(
      'An alias name has letters, digits, /, _ and - only, and is not an AWS alias (aws/…).',
    );
  }
  return { resourceType: type, resourceId: id };
}

/** Checks a KMS key or alias ARN as a person types it; the problem says what to fix. */
export function checkKmsArn(text: string): KmsArnCheck {
  if (!text) return fail('Enter the ARN of the key or of its alias.');
  if (/\s/.test(text)) return fail('The ARN contains spaces or line breaks; remove them.');
  let parts: ReturnType<typeof parse>;
  try {
    parts = parse(text);
  } catch {
    return fail(`An ARN looks like ${KMS_ARN_EXAMPLE}.`);
  }
  const { partition, service, region, accountId, resource } = parts;
  if (!PARTITIONS.includes(partition)) {
    return fail(`"${partition}" is not an AWS partition (aws, aws-cn or aws-us-gov).`);
  }
  if (service !== 'kms') return fail(`This is an ARN of the service "${service}", not of AWS KMS.`);
  if (!REGION.test(region)) return fail(`"${region}" is not an AWS region such as us-east-1.`);
  if (!regionFitsPartition(partition, region)) {
    return fail(`The region ${region} is not in the partition ${partition}.`);
  }
  if (!ACCOUNT.test(accountId)) return fail('The AWS account ID must be 12 digits.');
  const checked = checkResource(resource);
  if ('ok' in checked) return checked;
  const multiRegion = checked.resourceType === 'key' && MRK.test(checked.resourceId);
  const arn: KmsArn = { partition, region, account: accountId, ...checked, multiRegion };
  return { ok: true, arn };
}

/** Region and account of any ARN, for display; null when it is not an ARN (the Qlik default). */
export function arnLocation(text: string): { region: string; account: string } | null {
  try {
    const { region, accountId } = parse(text);
    return region || accountId ? { region, account: accountId } : null;
  } catch {
    return null;
  }
}
