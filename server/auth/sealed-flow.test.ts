import { EncryptJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { flowKeyFrom } from './flow-key.ts';
import { FLOW_TTL_SECONDS, openFlow, sealFlow } from './sealed-flow.ts';

const flow = { state: 'st-1', codeVerifier: 'verifier-1', returnTo: '/providers' };
const SECRET = 'a shared secret of at least thirty-two characters';

describe('the sealed sign-in flow cookie', () => {
  it('opens what this server sealed, and shows nothing of it in the clear', async () => {
    const key = await flowKeyFrom(null);
    const sealed = await sealFlow(flow, key);
    expect(sealed.split('.')).toHaveLength(5);
    expect(sealed).not.toMatch(/verifier|st-1|providers/);
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('verifier-1');
    expect(await openFlow(sealed, key)).toEqual({ flow });
  });

  it('is refused as expired after its lifetime, and read until then', async () => {
    const key = await flowKeyFrom(null);
    const start = Date.parse('2026-12-03T12:00:00Z');
    const sealed = await sealFlow(flow, key, () => start);
    const later = (seconds: number) => () => start + seconds * 1000;
    expect(await openFlow(sealed, key, later(FLOW_TTL_SECONDS - 5))).toEqual({ flow });
    expect(await openFlow(sealed, key, later(FLOW_TTL_SECONDS + 5))).toEqual({
      problem: 'expired',
    });
  });

  it('refuses a cookie sealed with another key, altered, or missing', async () => {
    const key = await flowKeyFrom(null);
    const sealed = await sealFlow(flow, key);
    expect(await openFlow(sealed, await flowKeyFrom(null))).toEqual({ problem: 'unreadable' });
    const [header, , iv, ciphertext, tag] = sealed.split('.');
    const flipped = `${ciphertext?.startsWith('A') ? 'B' : 'A'}${ciphertext?.slice(1) ?? ''}`;
    const altered = [header, '', iv, flipped, tag].join('.');
    expect(await openFlow(altered, key)).toEqual({ problem: 'unreadable' });
    expect(await openFlow('not-a-jwe', key)).toEqual({ problem: 'unreadable' });
    expect(await openFlow(undefined, key)).toEqual({ problem: 'missing' });
  });

  it('refuses a sealed token without an expiry or without the flow', async () => {
    const key = await flowKeyFrom(null);
    const timeless = await new EncryptJWT({ ...flow })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(key);
    expect(await openFlow(timeless, key)).toEqual({ problem: 'unreadable' });
    const empty = await new EncryptJWT({ state: 'st-1' })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setExpirationTime('5m')
      .encrypt(key);
    expect(await openFlow(empty, key)).toEqual({ problem: 'unreadable' });
  });

  it('derives one key from the session secret, so every instance opens the others’ cookies', async () => {
    const sealed = await sealFlow(flow, await flowKeyFrom(SECRET));
    expect(await openFlow(sealed, await flowKeyFrom(SECRET))).toEqual({ flow });
    expect(await openFlow(sealed, await flowKeyFrom(`${SECRET}!`))).toEqual({
      problem: 'unreadable',
    });
  });
});
