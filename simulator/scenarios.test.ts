import { describe, expect, it } from 'vitest';
import { API, CMK02, CMK02_ARN, errorOf, harness, REFERENCE_TENANT } from './test-support.ts';

/** Verbatim from the API reference's `/actions/list` example. */
const REFERENCE_LIST = [
  {
    arn: '#QLIK_MANAGED_KEY_PROVIDER#',
    qcg: false,
    name: 'Qlik Internal Kms',
    tenantId: 'ImTRa-bkJTD-NZRYjNBa_rDhwSVA6Qo8',
    createdAt: 'Qlik managed',
    description: 'Default key management service',
    keyprovider: 'Qlik',
    multiRegion: false,
    replicaKeys: [],
    arnFingerPrint: 'ImTRa-bkJTD-NZRYjNBa_rDhwSVA6Qo8',
    promotedToCurrentAt: '2023-06-21T18:45:57Z',
    demotedFromCurrentAt: '0001-01-01T00:00:00Z',
  },
  {
    arn: 'arn:aws:kms:us-east-1:857519135519:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d',
    qcg: false,
    name: 'CMK - 01',
    tenantId: 'ImTRa-bkJTD-NZRYjNBa_rDhwSVA6Qo8',
    createdAt: '2023-06-21T18:43:49Z',
    keyprovider: 'AWS-KMS',
    multiRegion: true,
    replicaKeys: [
      {
        arn: 'arn:aws:kms:us-east-2:857519135519:key/ee358547-5716-4e66-9524-1618716e221a',
        region: 'us-east-2',
      },
    ],
    arnFingerPrint: '9f352c5a9c1618485051892cb57467e4',
    promotedToCurrentAt: '2023-06-21T18:43:54Z',
    demotedFromCurrentAt: '2023-06-21T18:45:57Z',
  },
  {
    arn: 'arn:aws:kms:us-east-1:857519135519:key/b6a2a74c-fb34-464a-8ea6-d867fd3b9438',
    qcg: false,
    name: 'CMK - 02',
    current: true,
    tenantId: 'ImTRa-bkJTD-NZRYjNBa_rDhwSVA6Qo8',
    createdAt: '2023-06-21T18:59:17Z',
    description: 'CMK migration test',
    keyprovider: 'AWS-KMS',
    multiRegion: true,
    replicaKeys: [
      {
        arn: 'arn:aws:kms:us-east-2:857519135519:key/ee358547-5716-4e66-9524-1618716e221a',
        region: 'us-east-2',
      },
    ],
    arnFingerPrint: 'b5fe2c83b25f9e39487bca28f69e4210',
    promotedToCurrentAt: '2023-06-21T18:59:18Z',
    demotedFromCurrentAt: '0001-01-01T00:00:00Z',
  },
];

describe('the default scenario', () => {
  it('lists exactly the providers of the reference example', async () => {
    const { call } = harness();
    const reply = await call('GET', `${API}/actions/list`);
    expect(reply.status).toBe(200);
    expect(reply.body).toStrictEqual(REFERENCE_LIST);
  });

  it('remembers the last migration, Qlik default → CMK - 02, as completed', async () => {
    const { call } = harness();
    const reply = await call('GET', `${API}/migration/actions/details`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      state: 'Completed',
      progress: 100,
      tenantId: REFERENCE_TENANT,
      initiatedAt: '2023-06-21T18:59:17Z',
      completedAt: '2023-06-21T18:59:18Z',
      migratingTo: CMK02_ARN,
      migratingToFingerprint: CMK02,
      migratingToPrefix: `#BYOKv1#:${CMK02}`,
    });
    expect((reply.body as { migratingFrom: string }).migratingFrom).toMatch(/^v1:/);
  });

  it('exposes the tenant through the control API', async () => {
    const { call } = harness();
    const reply = await call('GET', '/__sim/state');
    expect(reply.body).toMatchObject({
      scenario: 'default',
      tenantId: REFERENCE_TENANT,
      tenantRegion: 'us-east-1',
      drRegion: 'us-east-2',
      migrationDurationMs: 20_000,
    });
  });

  it('hands every simulator its own copy of the seed', async () => {
    const first = harness();
    const second = harness();
    await first.call('PATCH', `${API}/${CMK02}`, {
      body: [{ op: 'replace', path: '/name', value: 'Renamed' }],
    });
    const untouched = await second.call<{ name: string }>('GET', `${API}/${CMK02}`);
    expect(untouched.body.name).toBe('CMK - 02');
  });
});

describe('the fresh scenario', () => {
  it('has only the Qlik default, current since 2024', async () => {
    const { call } = harness({ scenario: 'fresh' });
    const state = await call<{ tenantId: string }>('GET', '/__sim/state');
    const { tenantId } = state.body;
    expect(tenantId).not.toBe(REFERENCE_TENANT);
    expect(tenantId).toMatch(/^[A-Za-z0-9_-]{5}-[A-Za-z0-9_-]{5}-[A-Za-z0-9_-]{20}$/);
    expect(state.body).toMatchObject({
      scenario: 'fresh',
      tenantRegion: 'eu-west-1',
      drRegion: 'eu-west-3',
    });
    const list = await call<Record<string, unknown>[]>('GET', `${API}/actions/list`);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({
      arn: '#QLIK_MANAGED_KEY_PROVIDER#',
      name: 'Qlik Internal Kms',
      description: 'Default key management service',
      keyprovider: 'Qlik',
      createdAt: 'Qlik managed',
      arnFingerPrint: tenantId,
      tenantId,
      current: true,
      multiRegion: false,
      replicaKeys: [],
      demotedFromCurrentAt: '0001-01-01T00:00:00Z',
    });
    expect(list.body[0]?.promotedToCurrentAt).toMatch(/^2024-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('has no AWS keys and has never migrated', async () => {
    const { call } = harness({ scenario: 'fresh' });
    expect((await call('GET', API)).body).toStrictEqual([]);
    const details = await call('GET', `${API}/migration/actions/details`);
    expect(details.status).toBe(404);
    expect(errorOf(details).title).toBe('There is no ongoing migration for this tenant');
  });
});
