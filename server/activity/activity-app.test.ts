import { describe, expect, it } from 'vitest';
import { activityApp } from './activity-app.ts';
import { createMemoryActivityLog } from './activity-log.ts';

const noGuard = () => Promise.resolve(null);

async function appWith(count: number) {
  const log = createMemoryActivityLog();
  for (let n = 0; n < count; n += 1) {
    await log.append({
      at: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
      actor: { id: null, name: 'Shared API key' },
      operation: 'resetToDefaultProvider',
      provider: { name: null, fingerprint: null },
      outcome: { status: 205, error: null },
    });
  }
  const app = activityApp(log, noGuard);
  return async (query: string) => {
    const response = await app.request(`http://console.local/${query}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}

describe('/__console/activity', () => {
  it('answers 100 entries by default and at most 500', async () => {
    const get = await appWith(501);
    const first = await get('');
    expect(first.status).toBe(200);
    expect(first.body.entries).toHaveLength(100);
    expect(typeof first.body.nextCursor).toBe('string');
    expect((await get('?limit=500')).body.entries).toHaveLength(500);
    const last = await get(
      `?limit=500&cursor=${String((await get('?limit=500')).body.nextCursor)}`,
    );
    expect(last.body).toMatchObject({ nextCursor: null });
    expect(last.body.entries).toHaveLength(1);
  });

  it.each([
    '?limit=0',
    '?limit=501',
    '?limit=ten',
    '?limit=1.5',
    '?limit=-1',
    '?cursor=',
    '?cursor=nope!',
  ])('%s answers 400 with the standard error body', async (query) => {
    const { status, body } = await (await appWith(3))(query);
    expect(status).toBe(400);
    const [error] = (body as { errors: { code: string; detail: string }[] }).errors;
    expect(error?.code).toBe('CMK-ACTIVITY-BAD-QUERY');
    expect(error?.detail).toMatch(/limit|cursor/);
  });
});
