import { describe, expect, it } from 'vitest';
import type { LogEntry } from './index.ts';
import { API, CMK01, errorOf, harness, request } from './test-support.ts';

type State = Record<string, unknown> & { providers: unknown[]; migration: unknown };

describe('the request log', () => {
  it('records API requests only, newest last, with status, operation, fault and credential', async () => {
    const { call, sim, advance } = harness();
    await call('GET', `${API}/actions/list`);
    advance(1500);
    await call('POST', '/__sim/faults', { body: { status: 503, path: 'details' } });
    await call('GET', `${API}/migration/actions/details`);
    await call('PATCH', `${API}/${CMK01}`, { body: [] });
    await call('POST', '/__sim/faults', { body: { drop: true } });
    await sim.handle(request('GET', API)).catch(() => undefined);
    const log = await call<LogEntry[]>('GET', '/__sim/requests');
    expect(log.body).toEqual([
      {
        at: '2025-05-01T10:00:00.000Z',
        method: 'GET',
        path: `${API}/actions/list`,
        operation: 'listKeyProviders',
        status: 200,
        credential: 'api-key',
      },
      {
        at: '2025-05-01T10:00:01.500Z',
        method: 'GET',
        path: `${API}/migration/actions/details`,
        operation: 'getMigrationDetails',
        status: 503,
        fault: 'status',
        credential: 'api-key',
      },
      {
        at: '2025-05-01T10:00:01.500Z',
        method: 'PATCH',
        path: `${API}/${CMK01}`,
        operation: 'patchKeyProvider',
        status: 400,
        credential: 'api-key',
      },
      {
        at: '2025-05-01T10:00:01.500Z',
        method: 'GET',
        path: API,
        operation: 'listAwsKeyProviders',
        status: null,
        fault: 'drop',
        credential: 'api-key',
      },
    ]);
  });

  it('logs unauthenticated and unknown requests too, and can be cleared', async () => {
    const { call } = harness();
    await call('GET', API, { token: null });
    await call('GET', '/api/v1/encryption/nothing');
    const log = await call<LogEntry[]>('GET', '/__sim/requests');
    expect(log.body.map((entry) => entry.status)).toEqual([401, 404]);
    expect((await call('DELETE', '/__sim/requests')).status).toBe(204);
    expect((await call('GET', '/__sim/requests')).body).toEqual([]);
  });
});

describe('scenario reset', () => {
  it('restores providers, migrations, faults, log and speed', async () => {
    const { call } = harness({ migrationDurationMs: 5000 });
    await call('DELETE', `${API}/${CMK01}`);
    await call('POST', `${API}/actions/reset-to-default-provider`);
    await call('POST', '/__sim/migration-speed', { body: { durationMs: 100 } });
    await call('POST', '/__sim/faults', { body: { status: 500, count: 9 } });

    const reply = await call<State>('POST', '/__sim/scenario', { body: { name: 'default' } });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ scenario: 'default', migrationDurationMs: 5000 });
    expect(reply.body.providers).toHaveLength(3);
    expect(reply.body.migration).toMatchObject({ state: 'Completed', progress: 100 });
    expect((await call('GET', '/__sim/faults')).body).toEqual([]);
    expect((await call('GET', '/__sim/requests')).body).toEqual([]);
    expect((await call('GET', `${API}/${CMK01}`)).status).toBe(200);
  });

  it('switches to the fresh tenant', async () => {
    const { call } = harness();
    const reply = await call<State>('POST', '/__sim/scenario', { body: { name: 'fresh' } });
    expect(reply.body).toMatchObject({
      scenario: 'fresh',
      tenantRegion: 'eu-west-1',
      migration: null,
    });
    expect(reply.body.providers).toHaveLength(1);
    expect((await call('GET', `${API}/migration/actions/details`)).status).toBe(404);
  });

  it('reloads the scenario in use when no name is given', async () => {
    const { call } = harness({ scenario: 'fresh' });
    await call('POST', '/__sim/migration-speed', { body: { durationMs: 5 } });
    const reply = await call<State>('POST', '/__sim/scenario');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ scenario: 'fresh', migrationDurationMs: 20_000 });
  });

  it('refuses an unknown scenario name', async () => {
    const { call } = harness();
    const reply = await call('POST', '/__sim/scenario', { body: { name: 'empty' } });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).detail).toContain('default, fresh');
  });
});

describe('migration speed', () => {
  it('reports the new duration and refuses nonsense', async () => {
    const { call } = harness();
    const reply = await call<State>('POST', '/__sim/migration-speed', {
      body: { durationMs: 3000 },
    });
    expect(reply.body.migrationDurationMs).toBe(3000);
    for (const durationMs of [0, -5, 'fast', null]) {
      const refused = await call('POST', '/__sim/migration-speed', { body: { durationMs } });
      expect(refused.status).toBe(400);
    }
  });
});

describe('the state summary', () => {
  it('shows the running migration and the providers as /actions/list does', async () => {
    const { call } = harness();
    await call('POST', `${API}/${CMK01}/actions/migrate`);
    const state = await call<State>('GET', '/__sim/state');
    const list = await call('GET', `${API}/actions/list`);
    expect(state.body.providers).toEqual(list.body);
    expect(state.body.migration).toMatchObject({ state: 'New', migratingToFingerprint: CMK01 });
  });

  it('answers 404 and 405 for unknown control routes and methods', async () => {
    const { call } = harness();
    expect((await call('GET', '/__sim/nothing')).status).toBe(404);
    expect((await call('POST', '/__sim/state')).status).toBe(405);
  });
});
