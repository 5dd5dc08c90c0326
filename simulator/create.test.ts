import { describe, expect, it } from 'vitest';
import { fingerprintOf } from './arn.ts';
import { API, CMK01, CMK01_ARN, errorOf, harness, REFERENCE_TENANT } from './test-support.ts';

type Provider = Record<string, unknown>;

const SINGLE_REGION = 'arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const MULTI_REGION = 'arn:aws:kms:us-east-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef';

function body(overrides: Record<string, unknown> = {}) {
  return { name: 'Finance key', arn: SINGLE_REGION, keyprovider: 'AWS-KMS', ...overrides };
}

describe('registering a key', () => {
  it('answers 201 with the stored provider', async () => {
    const { call } = harness();
    const reply = await call<Provider>('POST', API, { body: body() });
    expect(reply.status).toBe(201);
    expect(reply.body).toStrictEqual({
      name: 'Finance key',
      tenantId: REFERENCE_TENANT,
      arn: SINGLE_REGION,
      arnFingerPrint: await fingerprintOf(SINGLE_REGION),
      keyprovider: 'AWS-KMS',
      multiRegion: false,
      replicaKeys: [],
      createdAt: '2025-05-01T10:00:00Z',
      promotedToCurrentAt: '0001-01-01T00:00:00Z',
      demotedFromCurrentAt: '0001-01-01T00:00:00Z',
    });
    const stored = await call<Provider>('GET', `${API}/${String(reply.body.arnFingerPrint)}`);
    expect(stored.body).toStrictEqual(reply.body);
    const aws = await call<Provider[]>('GET', API);
    expect(aws.body.map((p) => p.name)).toContain('Finance key');
  });

  it('keeps a description', async () => {
    const { call } = harness();
    const reply = await call<Provider>('POST', API, { body: body({ description: 'For finance' }) });
    expect(reply.body.description).toBe('For finance');
  });

  it('gives a multi-Region key a replica in the tenant DR region with the same key id', async () => {
    const { call } = harness();
    const reply = await call<Provider>('POST', API, { body: body({ arn: MULTI_REGION }) });
    expect(reply.body).toMatchObject({
      multiRegion: true,
      replicaKeys: [{ arn: MULTI_REGION.replace('us-east-1', 'us-east-2'), region: 'us-east-2' }],
    });
  });

  it('uses the DR region of the tenant it runs for', async () => {
    const { call } = harness({ scenario: 'fresh' });
    const arn = MULTI_REGION.replace('us-east-1', 'eu-west-1');
    const reply = await call<Provider>('POST', API, { body: body({ arn }) });
    expect(reply.body.replicaKeys).toEqual([
      { arn: arn.replace('eu-west-1', 'eu-west-3'), region: 'eu-west-3' },
    ]);
  });

  it('accepts alias ARNs', async () => {
    const { call } = harness();
    const arn = 'arn:aws:kms:us-east-1:123456789012:alias/finance';
    const reply = await call<Provider>('POST', API, { body: body({ arn }) });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ arn, multiRegion: false });
  });
});

describe('registration errors', () => {
  it.each([
    ['not JSON', '{"name": '],
    ['empty', ''],
    ['an array', '[]'],
    ['a string', '"name"'],
  ])('answers 400 when the body is %s', async (_label, raw) => {
    const { call } = harness();
    const reply = await call('POST', API, { body: raw });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).code).toBe('Encryption-400');
  });

  it.each(['name', 'arn', 'keyprovider'])(
    'answers 400 naming %s when it is missing or empty',
    async (field) => {
      const { call } = harness();
      const missing = body({ [field]: undefined });
      for (const sent of [missing, body({ [field]: '' }), body({ [field]: 42 })]) {
        const reply = await call('POST', API, { body: sent });
        expect(reply.status).toBe(400);
        expect(errorOf(reply).detail).toContain(`"${field}"`);
        expect(errorOf(reply).meta).toEqual({ field });
      }
    },
  );

  it('requires the lower-case keyprovider even when keyProvider is sent', async () => {
    const { call } = harness();
    const sent = { name: 'Legacy', arn: SINGLE_REGION, keyProvider: 'AWS-KMS' };
    const reply = await call('POST', API, { body: sent });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).detail).toContain('"keyprovider"');
    expect(errorOf(reply).meta).toEqual({ field: 'keyprovider' });
  });

  it('accepts only AWS-KMS as keyprovider', async () => {
    const { call } = harness();
    const reply = await call('POST', API, { body: body({ keyprovider: 'Qlik' }) });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).detail).toContain('AWS-KMS');
  });

  it.each([
    'arn:aws:kms:us-east-1:123456789012:key/not-a-uuid',
    `${SINGLE_REGION} `,
    'arn:aws:kms:us-east-1:12345:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    'arn:aws:s3:::my-bucket',
  ])('answers 417 for the malformed ARN %j', async (arn) => {
    const { call } = harness();
    const reply = await call('POST', API, { body: body({ arn }) });
    expect(reply.status).toBe(417);
    expect(errorOf(reply).title).toBe('Failed to validate AWS-KMS ARN structure');
  });

  it('answers 409 with the existing fingerprint for an ARN already registered', async () => {
    const { call } = harness();
    const reply = await call('POST', API, { body: body({ arn: CMK01_ARN }) });
    expect(reply.status).toBe(409);
    expect(errorOf(reply).meta).toEqual({ arnFingerPrint: CMK01 });
    expect(errorOf(reply).detail).toContain(CMK01);
    const list = await call<Provider[]>('GET', `${API}/actions/list`);
    expect(list.body).toHaveLength(3);
  });

  it('answers 409 on the second registration of a new key', async () => {
    const { call } = harness();
    expect((await call('POST', API, { body: body() })).status).toBe(201);
    expect((await call('POST', API, { body: body({ name: 'Again' }) })).status).toBe(409);
  });
});
