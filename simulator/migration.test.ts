import { describe, expect, it } from 'vitest';
import {
  API,
  CMK01,
  CMK01_ARN,
  CMK02,
  CMK02_ARN,
  errorOf,
  harness,
  REFERENCE_TENANT,
  START,
} from './test-support.ts';

type Provider = Record<string, unknown>;
type Details = Record<string, unknown> & { state: string; progress: number };

const DETAILS = `${API}/migration/actions/details`;
const NANOS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/;

describe('starting a migration', () => {
  it("answers 200 in the tutorial's shape", async () => {
    const { call } = harness();
    const reply = await call<Record<string, unknown>>('POST', `${API}/${CMK01}/actions/migrate`);
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.body).sort()).toEqual(
      [
        'migrationId',
        'tenantId',
        'migratingFrom',
        'migratingTo',
        'migratingToFingerPrint',
        'migratingToPrefix',
        'state',
        'initiatedAt',
        'completedAt',
      ].sort(),
    );
    expect(reply.body).toMatchObject({
      tenantId: REFERENCE_TENANT,
      migratingFrom: CMK02_ARN,
      migratingTo: CMK01_ARN,
      migratingToFingerPrint: CMK01,
      migratingToPrefix: `#BYOKv1#:${CMK01}`,
      state: 'New',
      completedAt: '0001-01-01T00:00:00Z',
    });
    expect(reply.body.migrationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.body.initiatedAt).toMatch(NANOS);
    expect(String(reply.body.initiatedAt).slice(0, 23)).toBe('2025-05-01T10:00:00.000');
  });

  it('shows an opaque v1: id as the source when leaving the Qlik default', async () => {
    const { call } = harness({ scenario: 'fresh' });
    const created = await call<Provider>('POST', API, {
      body: {
        name: 'First key',
        arn: 'arn:aws:kms:eu-west-1:123456789012:alias/first',
        keyprovider: 'AWS-KMS',
      },
    });
    const fingerprint = String(created.body.arnFingerPrint);
    const reply = await call<Provider>('POST', `${API}/${fingerprint}/actions/migrate`);
    expect(reply.body.migratingFrom).toMatch(/^v1:[A-Za-z0-9]+:[A-Za-z0-9+/=]+$/);
  });

  it("answers details in the spec's shape", async () => {
    const { call } = harness();
    const started = await call<Provider>('POST', `${API}/${CMK01}/actions/migrate`);
    const details = await call<Details>('GET', DETAILS);
    expect(details.status).toBe(200);
    expect(details.body).toStrictEqual({
      id: started.body.migrationId,
      tenantId: REFERENCE_TENANT,
      state: 'New',
      progress: 0,
      initiatedAt: started.body.initiatedAt,
      completedAt: '0001-01-01T00:00:00Z',
      migratingFrom: CMK02_ARN,
      migratingTo: CMK01_ARN,
      migratingToFingerprint: CMK01,
      migratingToPrefix: `#BYOKv1#:${CMK01}`,
    });
  });
});

describe('refusing a migration', () => {
  it('answers 404 for an unknown fingerprint', async () => {
    const { call } = harness();
    expect((await call('POST', `${API}/nope/actions/migrate`)).status).toBe(404);
  });

  it('answers 400 when the target is already current', async () => {
    const { call } = harness();
    const reply = await call('POST', `${API}/${CMK02}/actions/migrate`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).detail).toMatch(/already the current key provider/);
  });

  it('answers 400 pointing to reset-to-default-provider for the Qlik default', async () => {
    const { call } = harness();
    const reply = await call('POST', `${API}/${REFERENCE_TENANT}/actions/migrate`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).detail).toContain('reset-to-default-provider');
  });

  it('answers 428 while another migration is New or InProgress', async () => {
    const { call, advance } = harness({ migrationDurationMs: 10_000 });
    await call('POST', `${API}/${CMK01}/actions/migrate`);
    const whileNew = await call('POST', `${API}/${CMK01}/actions/migrate`);
    expect(whileNew.status).toBe(428);
    expect(errorOf(whileNew).title).toBe('There is already an ongoing migration for the tenant');
    advance(5000);
    expect((await call<Details>('GET', DETAILS)).body.state).toBe('InProgress');
    expect((await call('POST', `${API}/${CMK01}/actions/migrate`)).status).toBe(428);
  });
});

describe('a migration over time', () => {
  it('goes New → InProgress with rising progress → Completed', async () => {
    const { call, advance } = harness({ migrationDurationMs: 20_000 });
    await call('POST', `${API}/${CMK01}/actions/migrate`);
    expect((await call<Details>('GET', DETAILS)).body).toMatchObject({ state: 'New', progress: 0 });
    advance(999);
    expect((await call<Details>('GET', DETAILS)).body.state).toBe('New');
    advance(1);
    const seen: number[] = [];
    for (let step = 0; step < 19; step += 1) {
      const { body } = await call<Details>('GET', DETAILS);
      expect(body.state).toBe('InProgress');
      expect(Number.isInteger(body.progress)).toBe(true);
      seen.push(body.progress);
      advance(1000);
    }
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBeGreaterThan(90);
    expect(seen.at(-1)).toBeLessThan(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    const done = await call<Details>('GET', DETAILS);
    expect(done.body).toMatchObject({
      state: 'Completed',
      progress: 100,
      completedAt: '2025-05-01T10:00:20Z',
    });
  });

  it('promotes the target and demotes the previous key exactly once, at completion time', async () => {
    const { call, advance } = harness({ migrationDurationMs: 4000 });
    await call('POST', `${API}/${CMK01}/actions/migrate`);
    advance(3999);
    const during = await call<Provider[]>('GET', `${API}/actions/list`);
    expect(during.body[2]).toHaveProperty('current', true);
    expect(during.body[1]).not.toHaveProperty('current');

    advance(60_000);
    const after = await call<Provider[]>('GET', `${API}/actions/list`);
    const [qlik, cmk01, cmk02] = after.body;
    expect(cmk01).toMatchObject({ current: true, promotedToCurrentAt: '2025-05-01T10:00:04Z' });
    expect(cmk02).not.toHaveProperty('current');
    expect(cmk02).toMatchObject({ demotedFromCurrentAt: '2025-05-01T10:00:04Z' });
    expect(qlik).toMatchObject({ demotedFromCurrentAt: '0001-01-01T00:00:00Z' });

    advance(60_000);
    const later = await call<Provider[]>('GET', `${API}/actions/list`);
    expect(later.body).toStrictEqual(after.body);
    expect(later.body.filter((p) => p.current === true)).toHaveLength(1);
  });

  it('keeps the duration it started with when the speed changes', async () => {
    const { call, advance } = harness({ migrationDurationMs: 10_000 });
    await call('POST', `${API}/${CMK01}/actions/migrate`);
    await call('POST', '/__sim/migration-speed', { body: { durationMs: 1000 } });
    advance(2000);
    expect((await call<Details>('GET', DETAILS)).body.state).toBe('InProgress');
    advance(8000);
    expect((await call<Details>('GET', DETAILS)).body.state).toBe('Completed');
    await call('POST', `${API}/${CMK02}/actions/migrate`);
    advance(1000);
    expect((await call<Details>('GET', DETAILS)).body.state).toBe('Completed');
  });

  it('chains migrations: each completion demotes whichever key is current then', async () => {
    const { call, advance, now } = harness({ migrationDurationMs: 1000 });
    await call('POST', `${API}/${CMK01}/actions/migrate`);
    advance(1000);
    expect((await call('POST', `${API}/${CMK02}/actions/migrate`)).status).toBe(200);
    advance(1000);
    const list = await call<Provider[]>('GET', `${API}/actions/list`);
    const [, cmk01, cmk02] = list.body;
    expect(cmk02).toMatchObject({ current: true, promotedToCurrentAt: '2025-05-01T10:00:02Z' });
    expect(cmk01).toMatchObject({
      promotedToCurrentAt: '2025-05-01T10:00:01Z',
      demotedFromCurrentAt: '2025-05-01T10:00:02Z',
    });
    expect(cmk01).not.toHaveProperty('current');
    expect(now() - START).toBe(2000);
  });
});
