import type { KmsArn } from './kms-arn.ts';

/** Tenant region → the region where Qlik Cloud needs a replica of the key (null: none needed). */
export const DR_REGION: Record<string, string | null> = {
  'us-east-1': 'us-east-2',
  'eu-west-1': 'eu-west-3',
  'eu-west-2': 'eu-south-2',
  'eu-central-1': 'eu-south-1',
  'eu-north-1': null,
  'ap-southeast-1': 'ap-northeast-2',
  'ap-southeast-2': 'ap-southeast-4',
  'ap-northeast-1': 'ap-northeast-3',
};

export const drRegionOf = (tenantRegion: string): string | null => DR_REGION[tenantRegion] ?? null;

/** Advice (not errors) about where a valid key lives compared with the tenant. */
export function keyRegionHints(arn: KmsArn, tenantRegion: string | null): string[] {
  if (!tenantRegion) return [];
  const hints: string[] = [];
  if (arn.region !== tenantRegion) {
    hints.push(
      `The key is in ${arn.region}, but the tenant runs in ${tenantRegion}. Qlik Cloud expects the key in the tenant’s region.`,
    );
  }
  const dr = drRegionOf(tenantRegion);
  if (dr && arn.resourceType === 'key' && !arn.multiRegion) {
    hints.push(
      `This is not a multi-Region key (mrk-…). A tenant in ${tenantRegion} needs a replica of the key in ${dr}.`,
    );
  }
  if (dr && arn.resourceType === 'alias') {
    hints.push(
      `An alias does not show whether the key is multi-Region: make sure it has a replica in ${dr}.`,
    );
  }
  return hints;
}
