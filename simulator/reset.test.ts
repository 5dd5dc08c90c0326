import { describe, expect, it } from 'vitest';
import { API, CMK01, errorOf, harness, REFERENCE_TENANT } from './test-support.ts';

type Provider = Record<string, unknown>;

const RESET = `${API}/actions/reset-to-default-provider`;
const DETAILS = `${API}/migration/actions/details`;
const ALREADY = 'Tenant is already using Qlik managed key provider, no action taken';

describe('resetting to the Qlik default', () => {
  it('answers 205 without a body and starts a migration to the Qlik default', async () => {
    const { call } = harness();
    const reply = await call('POST', RESET);
    expect(reply.status).toBe(205);
    expect(reply.text).toBe('');
    const details = await call('GET', DETAILS);
    expect(details.body).toMatchObject({
      state: 'New',
      progress: 0,
      migratingTo: '#QLIK_MANAGED_KEY_PROVIDER#',
      migratingToFingerprint: REFERENCE_TENANT,
      migratingFrom: 'arn:aws:kms:us-east-1:857519135519:key/b6a2a74c-fb34-464a-8ea6-d867fd3b9438',
    });
  });

  it('makes the Qlik default current when the migration completes', async () => {
    const { call, advance } = harness({ migrationDurationMs: 2000 });
    await call('POST', RESET);
    advance(2000);
    const list = await call<Provider[]>('GET', `${API}/actions/list`);
    expect(list.body[0]).toMatchObject({
      current: true,
      promotedToCurrentAt: '2025-05-01T10:00:02Z',
    });
    expect(list.body[2]).not.toHaveProperty('current');
    const again = await call('POST', RESET);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ message: ALREADY });
  });

  it('answers 406 while a migration runs, and migrate answers 428 meanwhile', async () => {
    const { call } = harness();
    await call('POST', RESET);
    const reply = await call('POST', RESET);
    expect(reply.status).toBe(406);
    expect(errorOf(reply).title).toBe(
      'There is already an ongoing migration in progress for the tenant',
    );
    expect((await call('POST', `${API}/${CMK01}/actions/migrate`)).status).toBe(428);
  });

  it('answers 406 when a migration to an AWS key runs', async () => {
    const { call } = harness();
    await call('POST', `${API}/${CMK01}/actions/migrate`);
    expect((await call('POST', RESET)).status).toBe(406);
  });

  it('answers 200 with a message and changes nothing on a tenant already on Qlik', async () => {
    const { call } = harness({ scenario: 'fresh' });
    const reply = await call('POST', RESET);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ message: ALREADY });
    expect((await call('GET', DETAILS)).status).toBe(404);
  });
});
