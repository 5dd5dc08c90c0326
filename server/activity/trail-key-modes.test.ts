import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import { startSimulatorServer, type SimulatorServer } from '../../simulator/server.ts';
import { createConsoleApp } from '../console-app.ts';
import type { ConsoleMode } from '../mode.ts';
import { NO_ANSWER } from './record-changes.ts';
import {
  API,
  CMK01,
  CMK02,
  entriesOf,
  register,
  sendRefusals,
  type Call,
} from './trail-support.ts';

const KEY = 'sim-key-for-the-trail';
let sim: SimulatorServer;
let folder: string;
beforeAll(async () => {
  sim = await startSimulatorServer({ port: 0, apiKey: KEY });
  folder = await mkdtemp(join(tmpdir(), 'trail-'));
});
afterAll(async () => {
  await sim.close();
  await rm(folder, { recursive: true, force: true });
});

async function consoleOf(mode: ConsoleMode): Promise<Call> {
  const activityFile =
    mode.kind === 'simulator' ? undefined : join(folder, `${crypto.randomUUID()}.jsonl`);
  const app = await createConsoleApp(mode, { createSimulator, log: () => undefined, activityFile });
  return async (path, init) => app.request(`http://127.0.0.1:4173${path}`, init);
}

const keyMode = (readOnly = false, tenantUrl = sim.url): ConsoleMode => ({
  kind: 'tenant',
  tenantUrl,
  apiKey: KEY,
  readOnly,
});
const simulatorMode = (readOnly = false): ConsoleMode => ({
  kind: 'simulator',
  readOnly,
  migrationDurationMs: 1000,
});

describe.each([
  ['API-key mode', keyMode],
  ['simulator mode', simulatorMode],
])('the trail in %s', (_name, modeOf) => {
  beforeEach(async () => {
    await fetch(`${sim.url}/__sim/scenario`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}` },
      body: '{}',
    });
  });

  it('records no refused request, then the change that reached the tenant', async () => {
    const call = await consoleOf(modeOf());
    await sendRefusals(call);
    expect(await entriesOf(call)).toEqual([]);
    await call(`${API}/actions/list`);
    expect((await call(`${API}/${CMK01}`, { method: 'DELETE' })).status).toBe(204);
    expect(await entriesOf(call)).toEqual([
      expect.objectContaining({
        operation: 'deleteKeyProvider',
        actor: { id: null, name: 'Shared API key' },
        provider: { name: 'CMK - 01', fingerprint: CMK01 },
        outcome: { status: 204, error: null },
      }),
    ]);
  });

  it('records the tenant’s refusal with the tenant’s title', async () => {
    const call = await consoleOf(modeOf());
    const refused = await call(`${API}/${CMK02}`, { method: 'DELETE' });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    const [entry] = await entriesOf(call);
    expect(entry?.outcome.status).toBe(refused.status);
    expect(entry?.outcome.error).toMatch(/\w/);
  });

  it('records nothing in read-only mode', async () => {
    const call = await consoleOf(modeOf(true));
    expect((await call(`${API}/${CMK01}`, { method: 'DELETE' })).status).toBe(403);
    expect(await entriesOf(call)).toEqual([]);
  });

  it('names a registered key as the tenant answered, clipped', async () => {
    const call = await consoleOf(modeOf());
    const name = `=HYPERLINK("https://evil.example")${'x'.repeat(2000)}`;
    const created = await register(call, '', name);
    expect(created.status).toBe(201);
    const [entry] = await entriesOf(call);
    expect(entry?.provider.name).toHaveLength(256);
    expect(entry?.provider.name?.startsWith('=HYPERLINK(')).toBe(true);
    expect(entry?.provider.name?.endsWith('…')).toBe(true);
  });
});

describe('the trail when the tenant cannot be reached', () => {
  it('records the change as sent, with no answer from the tenant', async () => {
    const call = await consoleOf(keyMode(false, 'http://127.0.0.1:9'));
    const sent = await call(`${API}/${CMK01}`, { method: 'DELETE' });
    expect(sent.status).toBe(502);
    expect(await entriesOf(call)).toEqual([
      expect.objectContaining({
        operation: 'deleteKeyProvider',
        outcome: { status: 502, error: NO_ANSWER },
      }),
    ]);
  });
});
