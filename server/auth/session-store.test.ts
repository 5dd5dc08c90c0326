import { describe, expect, it } from 'vitest';
import { createMemorySessionStore } from './session-store.ts';

const tokens = { accessToken: 'a', refreshToken: 'r', expiresAt: null };

function storeAt(start = 1_000_000) {
  let now = start;
  const store = createMemorySessionStore({ idleMs: 1_000, absoluteMs: 5_000, now: () => now });
  return { store, advance: (ms: number) => (now += ms) };
}

describe('memory session store', () => {
  it('gives every session a new unguessable id', async () => {
    const { store } = storeAt();
    const a = await store.create(tokens, null);
    const b = await store.create(tokens, null);
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[\w-]{43}$/);
  });

  it('ends a session left idle for the idle timeout', async () => {
    const { store, advance } = storeAt();
    const { id } = await store.create(tokens, null);
    advance(999);
    expect(await store.get(id)).toBeDefined();
    advance(999);
    expect(await store.get(id)).toBeDefined();
    advance(1_000);
    expect(await store.get(id)).toBeUndefined();
    advance(-2_000);
    expect(await store.get(id)).toBeUndefined();
  });

  it('ends a busy session at its absolute lifetime', async () => {
    const { store, advance } = storeAt();
    const { id } = await store.create(tokens, null);
    for (let i = 0; i < 4; i += 1) {
      advance(900);
      expect(await store.get(id)).toBeDefined();
    }
    advance(1_400);
    expect(await store.get(id)).toBeUndefined();
  });

  it('keeps rotated tokens and the user', async () => {
    const { store } = storeAt();
    const { id } = await store.create(tokens, null);
    const rotated = { accessToken: 'a2', refreshToken: 'r2', expiresAt: 5 };
    await store.update(id, { tokens: rotated, user: { id: 'u1', name: 'Ada' } });
    expect(await store.get(id)).toMatchObject({ tokens: rotated, user: { name: 'Ada' } });
  });

  it('forgets a deleted session', async () => {
    const { store } = storeAt();
    const { id } = await store.create(tokens, null);
    await store.delete(id);
    expect(await store.get(id)).toBeUndefined();
  });
});
