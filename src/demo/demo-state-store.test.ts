import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import { DEMO_STATE_KEY, DEMO_STATE_VERSION, openDemoStateStore } from './demo-state-store.ts';

const API = 'http://demo.test/api/v1/encryption/keyproviders';
const headers = { authorization: 'Bearer demo', 'content-type': 'application/json' };
const NEW_KEY = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';

function reloadPage(options: { now?: () => number } = {}) {
  const store = openDemoStateStore(localStorage);
  return { store, simulator: createSimulator({ store, ...options }) };
}

async function providerNames(simulator: ReturnType<typeof createSimulator>) {
  const response = await simulator.handle(new Request(`${API}/actions/list`, { headers }));
  return ((await response.json()) as { name: string }[]).map((provider) => provider.name);
}

beforeEach(() => {
  localStorage.clear();
});

describe('the demo state in the browser', () => {
  it('keeps what the presenter registered across a reload', async () => {
    const { simulator } = reloadPage();
    const body = JSON.stringify({ name: 'Kept', arn: NEW_KEY, keyprovider: 'AWS-KMS' });
    const created = await simulator.handle(new Request(API, { method: 'POST', headers, body }));
    expect(created.status).toBe(201);

    const again = reloadPage();
    expect(again.store.discardedSavedState).toBe(false);
    expect(await providerNames(again.simulator)).toContain('Kept');
  });

  it('continues a running migration from where it was', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const { simulator } = reloadPage({ now: () => now });
    const migrate = `${API}/9f352c5a9c1618485051892cb57467e4/actions/migrate`;
    expect((await simulator.handle(new Request(migrate, { method: 'POST', headers }))).status).toBe(
      200,
    );
    now += 10_000;
    const again = reloadPage({ now: () => now });
    const details = await again.simulator.handle(
      new Request(`${API}/migration/actions/details`, { headers }),
    );
    expect(await details.json()).toMatchObject({ state: 'InProgress' });
  });

  it('discards a state saved by an older version, and says so', async () => {
    localStorage.setItem(
      DEMO_STATE_KEY,
      JSON.stringify({ version: DEMO_STATE_VERSION - 1, snapshot: { scenario: 'fresh' } }),
    );
    const { store, simulator } = reloadPage();
    expect(store.discardedSavedState).toBe(true);
    expect(localStorage.getItem(DEMO_STATE_KEY)).toBeNull();
    expect(await providerNames(simulator)).toStrictEqual([
      'Qlik Internal Kms',
      'CMK - 01',
      'CMK - 02',
    ]);
  });

  it('discards a state it cannot read', () => {
    localStorage.setItem(DEMO_STATE_KEY, '{"version": 1, "snap');
    expect(reloadPage().store.discardedSavedState).toBe(true);
  });

  it('has nothing to say on a first visit', () => {
    expect(reloadPage().store.discardedSavedState).toBe(false);
  });

  it('still answers when the browser refuses to store anything', async () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    } as unknown as Storage;
    const simulator = createSimulator({ store: openDemoStateStore(refusing) });
    expect(await providerNames(simulator)).toHaveLength(3);
  });
});
