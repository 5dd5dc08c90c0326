// The qlik.dev tutorial "Configure tenant encryption", its cURL bodies replayed against the simulator.
import { describe, expect, it } from 'vitest';
import { API, harness, REFERENCE_TENANT } from './test-support.ts';

type Provider = Record<string, unknown>;

const KMS_KEY_ARN = 'arn:aws:kms:us-east-1:857519135519:key/0f8e6b52-6d3c-4f0a-9a51-3d2c1b0a9e87';
const KEY_PROVIDER_NAME = 'keyProvider2';

describe('the tutorial flow', () => {
  it('creates, lists, migrates to and finally deletes a key provider', async () => {
    const { call, advance } = harness({ migrationDurationMs: 10_000 });

    // curl -L "<TENANT>/api/v1/encryption/keyproviders" -d "{\"name\": ..., \"arn\": ..., \"keyprovider\": \"AWS-KMS\" }"
    const raw = `{"name": "${KEY_PROVIDER_NAME}", "arn": "${KMS_KEY_ARN}", "keyprovider": "AWS-KMS" }`;
    const created = await call<Provider>('POST', API, { body: raw });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: KEY_PROVIDER_NAME,
      tenantId: REFERENCE_TENANT,
      arn: KMS_KEY_ARN,
      keyprovider: 'AWS-KMS',
      promotedToCurrentAt: '0001-01-01T00:00:00Z',
      demotedFromCurrentAt: '0001-01-01T00:00:00Z',
    });
    expect(created.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const fingerprint = String(created.body.arnFingerPrint);
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);

    // curl -L "<TENANT>/api/v1/encryption/keyproviders"
    const listed = await call<Provider[]>('GET', API);
    expect(listed.status).toBe(200);
    expect(listed.body.find((p) => p.arn === KMS_KEY_ARN)).toMatchObject({
      name: KEY_PROVIDER_NAME,
      keyprovider: 'AWS-KMS',
    });

    // curl -L -X POST ".../keyproviders/<ARN_FINGERPRINT>/actions/migrate"
    const migrated = await call<Provider>('POST', `${API}/${fingerprint}/actions/migrate`, {
      headers: { 'content-type': 'application/json' },
    });
    expect(migrated.status).toBe(200);
    expect(migrated.body).toMatchObject({
      tenantId: REFERENCE_TENANT,
      migratingTo: KMS_KEY_ARN,
      migratingToFingerPrint: fingerprint,
      migratingToPrefix: `#BYOKv1#:${fingerprint}`,
      state: 'New',
      completedAt: '0001-01-01T00:00:00Z',
    });
    expect(migrated.body.initiatedAt).toMatch(/\.\d{9}Z$/);

    advance(10_000);
    const afterMigration = await call<Provider[]>('GET', API);
    expect(afterMigration.body.find((p) => p.arn === KMS_KEY_ARN)).toMatchObject({
      current: true,
      promotedToCurrentAt: '2025-05-01T10:00:10Z',
    });

    // Only inactive providers can be deleted: first move back to the Qlik default.
    expect((await call('DELETE', `${API}/${fingerprint}`)).status).toBe(424);
    expect((await call('POST', `${API}/actions/reset-to-default-provider`)).status).toBe(205);
    advance(10_000);

    // curl -L -X DELETE ".../keyproviders/<ARN_FINGERPRINT>"
    const deleted = await call('DELETE', `${API}/${fingerprint}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await call('GET', `${API}/${fingerprint}`)).status).toBe(404);
  });
});
