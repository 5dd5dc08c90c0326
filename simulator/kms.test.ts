import { describe, expect, it } from 'vitest';
import { KMS_MARKERS } from './index.ts';
import { API, errorOf, harness, type Harness } from './test-support.ts';

type Provider = Record<string, unknown>;

const alias = (name: string) => `arn:aws:kms:us-east-1:123456789012:alias/${name}`;

async function register(call: Harness['call'], arn: string) {
  return call<Provider>('POST', API, { body: { name: 'Marked', arn, keyprovider: 'AWS-KMS' } });
}

describe('KMS outcomes at registration', () => {
  it('answers 403 naming the key policy, the KMS actions and the region for sim-forbidden', async () => {
    const { call } = harness();
    const reply = await register(call, alias(KMS_MARKERS.forbidden));
    expect(reply.status).toBe(403);
    const error = errorOf(reply);
    expect(error.title).toBe(
      'Provided AWS-KMS key access forbidden. Check if key policy allows access from Qlik Cloud.',
    );
    expect(error.detail).toMatch(/key policy/);
    expect(error.detail).toMatch(/kms:GenerateDataKey/);
    expect(error.detail).toMatch(/kms:Decrypt/);
    expect(error.detail).toMatch(/region us-east-1/);
  });

  it.each([
    ['sim-kms-timeout', 408],
    ['sim-register-fails', 406],
  ])('answers for %s the status %i and registers nothing', async (marker, status) => {
    const { call } = harness();
    expect((await register(call, alias(`team-${marker}`))).status).toBe(status);
    expect((await call<Provider[]>('GET', API)).body).toHaveLength(2);
  });
});

describe('KMS outcomes when testing a key', () => {
  it('answers 201 with the provider and drCompliant true normally', async () => {
    const { call } = harness();
    const created = await register(call, alias('healthy'));
    const reply = await call<Provider>(
      'POST',
      `${API}/${String(created.body.arnFingerPrint)}/actions/test`,
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toStrictEqual({ ...created.body, drCompliant: true });
  });

  it('answers 408 for sim-test-timeout, which registers fine', async () => {
    const { call } = harness();
    const created = await register(call, alias(KMS_MARKERS.testTimeout));
    expect(created.status).toBe(201);
    const reply = await call('POST', `${API}/${String(created.body.arnFingerPrint)}/actions/test`);
    expect(reply.status).toBe(408);
    expect(errorOf(reply).code).toBe('Encryption-408');
  });

  it('reports the DR region in complianceError for sim-not-dr-compliant', async () => {
    const { call } = harness();
    const created = await register(call, alias(KMS_MARKERS.notDrCompliant));
    expect(created.status).toBe(201);
    const reply = await call<Provider>(
      'POST',
      `${API}/${String(created.body.arnFingerPrint)}/actions/test`,
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      drCompliant: false,
      complianceError: [
        {
          code: 'Encryption-88',
          region: 'us-east-2',
          message:
            'The policy of the provided key does not allow the required action [us-east-2] [GenerateDataKey].',
        },
      ],
    });
  });

  it('answers 404 for an unknown fingerprint', async () => {
    const { call } = harness();
    expect((await call('POST', `${API}/unknown/actions/test`)).status).toBe(404);
  });
});

describe('KMS outcomes when migrating', () => {
  it.each([
    [KMS_MARKERS.migratePrecondition, 412, 'Failed to initiate migration'],
    [KMS_MARKERS.migrateUnprepared, 424, 'Failed to prepare migration'],
  ])('answers for %s the status %i and starts nothing', async (marker, status, title) => {
    const { call } = harness();
    const created = await register(call, alias(marker));
    expect(created.status).toBe(201);
    const reply = await call(
      'POST',
      `${API}/${String(created.body.arnFingerPrint)}/actions/migrate`,
    );
    expect(reply.status).toBe(status);
    expect(errorOf(reply).title).toBe(title);
    const details = await call<Provider>('GET', `${API}/migration/actions/details`);
    expect(details.body.state).toBe('Completed');
  });
});

describe('multi-Region aliases', () => {
  it('treat an alias with mrk in its name as multi-Region', async () => {
    const { call } = harness();
    const reply = await register(call, alias('finance-mrk'));
    expect(reply.body).toMatchObject({
      multiRegion: true,
      replicaKeys: [
        { arn: alias('finance-mrk').replace('us-east-1', 'us-east-2'), region: 'us-east-2' },
      ],
    });
  });
});
