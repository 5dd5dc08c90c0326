import { describe, expect, it } from 'vitest';
import { parseKmsArn } from './arn.ts';
import { LARGE_PROVIDER_COUNT, LARGE_TENANT_ID } from './seed-large.ts';
import { parseScenario } from './server.ts';
import { API, harness } from './test-support.ts';
import { MAX_FINGERPRINT_LENGTH, NEVER, type KeyProvider } from './wire.ts';

const list = async (scenario = 'large' as const) => {
  const { call } = harness({ scenario });
  return (await call<KeyProvider[]>('GET', `${API}/actions/list`)).body;
};

describe('the large scenario', () => {
  it('lists 1,000 providers of one tenant, exactly one current', async () => {
    const providers = await list();
    expect(providers).toHaveLength(LARGE_PROVIDER_COUNT);
    expect(providers.filter((p) => p.current)).toHaveLength(1);
    expect(providers.every((p) => p.tenantId === LARGE_TENANT_ID)).toBe(true);
    expect(providers.filter((p) => p.keyprovider === 'Qlik')).toHaveLength(1);
    expect(new Set(providers.map((p) => p.arn)).size).toBe(LARGE_PROVIDER_COUNT);
    expect(new Set(providers.map((p) => p.arnFingerPrint)).size).toBe(LARGE_PROVIDER_COUNT);
  });

  it('has only ARNs the tenant accepts, replicas in the DR region, varied names', async () => {
    const aws = (await list()).filter((p) => p.keyprovider === 'AWS-KMS');
    for (const provider of aws) {
      expect(parseKmsArn(provider.arn).ok, provider.arn).toBe(true);
      expect(provider.arnFingerPrint?.length).toBeLessThanOrEqual(MAX_FINGERPRINT_LENGTH);
      const replicas = provider.replicaKeys ?? [];
      expect(replicas.length).toBe(provider.multiRegion ? 1 : 0);
      for (const replica of replicas) expect(replica.region).toBe('us-east-2');
      expect(Date.parse(provider.createdAt ?? '')).not.toBeNaN();
    }
    expect(new Set(aws.map((p) => p.name)).size).toBe(aws.length);
    const regions = new Set(aws.map((p) => p.arn.split(':')[3]));
    expect(regions.size).toBeGreaterThan(2);
    expect(aws.some((p) => p.arn.includes(':alias/'))).toBe(true);
    expect(aws.some((p) => p.description === undefined)).toBe(true);
  });

  it('has a history of rotations that never overlap, ending at the current key', async () => {
    const providers = await list();
    const periods = providers
      .filter((p) => p.promotedToCurrentAt !== NEVER && p.keyprovider !== 'Qlik')
      .map((p) => ({
        p,
        from: Date.parse(p.promotedToCurrentAt ?? ''),
        to: p.demotedFromCurrentAt ?? '',
      }))
      .sort((a, b) => a.from - b.from);
    expect(periods.length).toBeGreaterThan(10);
    periods.forEach(({ p, from, to }, i) => {
      expect(Date.parse(p.createdAt ?? '')).toBeLessThan(from);
      const next = periods[i + 1];
      if (next) expect(Date.parse(to)).toBe(next.from);
      else expect([p.current, to]).toStrictEqual([true, NEVER]);
    });
  });

  it('remembers its last migration, completed, to the current key', async () => {
    const { call } = harness({ scenario: 'large' });
    const details = await call<Record<string, unknown>>('GET', `${API}/migration/actions/details`);
    const providers = (await call<KeyProvider[]>('GET', `${API}/actions/list`)).body;
    const current = providers.find((p) => p.current);
    expect(details.body).toMatchObject({
      state: 'Completed',
      migratingTo: current?.arn,
      migratingToFingerprint: current?.arnFingerPrint,
      completedAt: current?.promotedToCurrentAt,
    });
  });

  it('is loaded by the control API and by SIM_SCENARIO, the same every time', async () => {
    const { call } = harness();
    const loaded = await call('POST', '/__sim/scenario', { body: { name: 'large' } });
    expect(loaded.body).toMatchObject({ scenario: 'large', tenantId: LARGE_TENANT_ID });
    const again = (await call<KeyProvider[]>('GET', `${API}/actions/list`)).body;
    expect(again).toStrictEqual(await list());
    expect(parseScenario('large')).toBe('large');
  });
});
