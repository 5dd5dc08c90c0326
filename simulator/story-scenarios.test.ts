import { describe, expect, it } from 'vitest';
import { fingerprintOf } from './arn.ts';
import {
  FAILING_KEY_ARN,
  FAILING_KEY_FINGERPRINT,
  MIGRATING_TARGET_ARN,
  MIGRATING_TARGET_FINGERPRINT,
} from './seed-stories.ts';
import { parseScenario } from './server.ts';
import { API, errorOf, harness } from './test-support.ts';

interface Provider {
  name: string;
  arnFingerPrint: string;
  current?: boolean;
}
interface Details {
  state: string;
  progress: number;
  migratingToFingerprint: string;
}

describe('the migrating scenario', () => {
  it('has a migration to its first key a quarter of the way through', async () => {
    const { call } = harness({ scenario: 'migrating', migrationDurationMs: 60_000 });
    const details = await call<Details>('GET', `${API}/migration/actions/details`);
    expect(details.body).toMatchObject({
      state: 'InProgress',
      migratingToFingerprint: MIGRATING_TARGET_FINGERPRINT,
    });
    expect(details.body.progress).toBeGreaterThanOrEqual(20);
    expect(details.body.progress).toBeLessThan(25);
    const list = await call<Provider[]>('GET', `${API}/actions/list`);
    expect(list.body.find((p) => p.current)?.name).toBe('Qlik Internal Kms');
  });

  it('completes in the rest of the duration and promotes the target', async () => {
    const { call, advance } = harness({ scenario: 'migrating', migrationDurationMs: 60_000 });
    advance(45_000);
    const details = await call<Details>('GET', `${API}/migration/actions/details`);
    expect(details.body).toMatchObject({ state: 'Completed', progress: 100 });
    const list = await call<Provider[]>('GET', `${API}/actions/list`);
    expect(list.body.find((p) => p.current)?.arnFingerPrint).toBe(MIGRATING_TARGET_FINGERPRINT);
  });

  it('starts from the speed the control API loads it with', async () => {
    const { call } = harness({ migrationDurationMs: 60_000 });
    const loaded = await call('POST', '/__sim/scenario', {
      body: { name: 'migrating', migrationDurationMs: 10_000 },
    });
    expect(loaded.body).toMatchObject({ scenario: 'migrating', migrationDurationMs: 10_000 });
    const bad = await call('POST', '/__sim/scenario', { body: { migrationDurationMs: 0 } });
    expect(bad.status).toBe(400);
  });
});

describe('the failing-validation scenario', () => {
  it('has a registered key whose test reports a compliance error for the DR region', async () => {
    const { call } = harness({ scenario: 'failing-validation' });
    const list = await call<Provider[]>('GET', `${API}/actions/list`);
    expect(list.body.map((p) => p.name)).toContain('Finance key');
    const test = await call('POST', `${API}/${FAILING_KEY_FINGERPRINT}/actions/test`);
    expect(test.status).toBe(201);
    expect(test.body).toMatchObject({
      drCompliant: false,
      complianceError: [{ code: 'Encryption-88', region: 'us-east-2' }],
    });
  });
});

describe('the busy scenario', () => {
  it('answers every third read 429 with Retry-After, and never a write', async () => {
    const { call } = harness({ scenario: 'busy' });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await call('GET', `${API}/actions/list`)).status);
    expect(statuses).toStrictEqual([200, 200, 429]);
    const test = await call('POST', `${API}/9f352c5a9c1618485051892cb57467e4/actions/test`);
    expect(test.status).toBe(201);
    const throttled = await Promise.all([1, 2, 3].map(() => call('GET', API)));
    const refused = throttled.find((reply) => reply.status === 429);
    expect(refused?.headers.get('retry-after')).toBe('2');
    expect(refused && errorOf(refused).title).toBeTruthy();
  });

  it('is loaded through the control API and throttles nothing once reset to default', async () => {
    const { call } = harness();
    await call('POST', '/__sim/scenario', { body: { name: 'busy' } });
    await call('POST', '/__sim/scenario', { body: { name: 'default' } });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await call('GET', API)).status);
    expect(statuses).toStrictEqual([200, 200, 200]);
  });
});

describe('the story scenarios', () => {
  it('give their keys the fingerprints the simulator computes for a new key', async () => {
    expect(await fingerprintOf(MIGRATING_TARGET_ARN)).toBe(MIGRATING_TARGET_FINGERPRINT);
    expect(await fingerprintOf(FAILING_KEY_ARN)).toBe(FAILING_KEY_FINGERPRINT);
  });

  it('can be chosen for the standalone server with SIM_SCENARIO', () => {
    expect(parseScenario('failing-validation')).toBe('failing-validation');
    expect(parseScenario('busy')).toBe('busy');
    expect(() => parseScenario('nope')).toThrow(/migrating, failing-validation, busy/);
  });
});
