import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SimulatorStore } from './contract.ts';
import { fileStore } from './file-store.ts';
import { createSimulator } from './index.ts';

const API = 'http://sim.test/api/v1/encryption/keyproviders';
const CMK01 = '9f352c5a9c1618485051892cb57467e4';
const auth = { Authorization: 'Bearer t' };

function memoryStore(): SimulatorStore & { saved: unknown } {
  const store = {
    saved: undefined as unknown,
    load: () => store.saved,
    save: (snapshot: unknown) => {
      store.saved = structuredClone(snapshot);
    },
  };
  return store;
}

async function details(sim: ReturnType<typeof createSimulator>) {
  const response = await sim.handle(
    new Request(`${API}/migration/actions/details`, { headers: auth }),
  );
  return (await response.json()) as {
    state: string;
    progress: number;
    migratingToFingerprint: string;
  };
}

describe('a restarted simulator', () => {
  it('continues a running migration from its saved state', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = memoryStore();
    const first = createSimulator({ store, now: () => now, migrationDurationMs: 10_000 });
    const started = await first.handle(
      new Request(`${API}/${CMK01}/actions/migrate`, { method: 'POST', headers: auth }),
    );
    expect(started.status).toBe(200);
    now += 5_000;

    const restarted = createSimulator({ store, now: () => now, migrationDurationMs: 10_000 });
    const midway = await details(restarted);
    expect(midway).toMatchObject({ state: 'InProgress', migratingToFingerprint: CMK01 });
    expect(midway.progress).toBeGreaterThan(40);

    now += 6_000;
    expect(await details(restarted)).toMatchObject({ state: 'Completed', progress: 100 });
  });

  it('ignores a store with nothing or garbage in it', async () => {
    const sim = createSimulator({
      store: { load: () => ({ nonsense: true }), save: () => undefined },
    });
    const list = await sim.handle(new Request(`${API}/actions/list`, { headers: auth }));
    expect(await list.json()).toHaveLength(3);
  });

  it('keeps the state in a file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sim-')), 'state.json');
    const created = await createSimulator({ store: fileStore(path) }).handle(
      new Request(API, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'Persisted',
          arn: 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555',
          keyprovider: 'AWS-KMS',
        }),
      }),
    );
    expect(created.status).toBe(201);
    const again = createSimulator({ store: fileStore(path) });
    const list = await again.handle(new Request(`${API}/actions/list`, { headers: auth }));
    const names = ((await list.json()) as { name: string }[]).map((p) => p.name);
    expect(names).toContain('Persisted');
  });
});
