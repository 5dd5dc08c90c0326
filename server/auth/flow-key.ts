import type { FlowKey } from './sealed-flow.ts';

const PURPOSE = new TextEncoder().encode('sign-in flow');

/**
 * The key that seals sign-in flow cookies. From the console's session secret when there is one,
 * so every instance behind a load balancer reads the others' cookies; else random, good for this
 * process only (a restart cancels the sign-ins in progress).
 */
export async function flowKeyFrom(secret: string | null): Promise<FlowKey> {
  if (!secret) return crypto.getRandomValues(new Uint8Array(32));
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    'HKDF',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: PURPOSE },
    material,
    256,
  );
  return new Uint8Array(bits);
}
