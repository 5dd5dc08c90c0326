import { expect, it } from 'vitest';
import type { SessionLifetime, SessionStore } from './session-store.ts';

const tokens = {
  accessToken: 'at_contract_token',
  refreshToken: 'rt_contract_token',
  expiresAt: null,
};

/** Makes a store with the lifetime given (idle 1 s, absolute 5 s, an injected clock). */
export type StoreFactory = (lifetime: Required<SessionLifetime>) => Promise<SessionStore>;

export function clockAt(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** What every SessionStore does, whatever it keeps sessions in. Call inside a describe. */
export function sessionStoreContract(make: StoreFactory) {
  const storeAt = async () => {
    const clock = clockAt();
    const store = await make({ idleMs: 1_000, absoluteMs: 5_000, now: clock.now });
    return { store, advance: clock.advance };
  };

  it('gives every session a new unguessable id and finds it again', async () => {
    const { store } = await storeAt();
    const a = await store.create(tokens, { id: 'u1', name: 'Ada' });
    const b = await store.create(tokens, null);
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[\w-]{43}$/);
    expect(await store.get(a.id)).toMatchObject({ id: a.id, tokens, user: { name: 'Ada' } });
    expect(await store.get('not-a-session-id')).toBeUndefined();
  });

  it('ends a session left idle for the idle timeout', async () => {
    const { store, advance } = await storeAt();
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
    const { store, advance } = await storeAt();
    const { id } = await store.create(tokens, null);
    for (let i = 0; i < 4; i += 1) {
      advance(900);
      expect(await store.get(id)).toBeDefined();
    }
    advance(1_400);
    expect(await store.get(id)).toBeUndefined();
  });

  it('keeps rotated tokens and the user', async () => {
    const { store } = await storeAt();
    const { id } = await store.create(tokens, null);
    const rotated = { accessToken: 'a2', refreshToken: 'r2', expiresAt: 5 };
    await store.update(id, { tokens: rotated, user: { id: 'u1', name: 'Ada' } });
    expect(await store.get(id)).toMatchObject({ tokens: rotated, user: { name: 'Ada' } });
    await store.update(id, { tokens });
    expect(await store.get(id)).toMatchObject({ tokens, user: { name: 'Ada' } });
  });

  it('forgets a deleted session', async () => {
    const { store } = await storeAt();
    const { id } = await store.create(tokens, null);
    await store.delete(id);
    expect(await store.get(id)).toBeUndefined();
  });
}
