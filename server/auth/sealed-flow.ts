import { EncryptJWT, errors, jwtDecrypt } from 'jose';
import type { PendingSignIn } from './qlik-oauth.ts';

/** What the browser's flow cookie carries, sealed: only this server can read or forge it. */
export interface SignInFlow extends PendingSignIn {
  returnTo: string;
}

/** A sign-in must come back within this time. */
export const FLOW_TTL_SECONDS = 10 * 60;

/** A 256-bit key for `dir` + `A256GCM`: raw bytes, or a key jose made. */
export type FlowKey = Uint8Array | CryptoKey;

const ALGORITHMS = { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] };

export type OpenedFlow = { flow: SignInFlow } | { problem: 'missing' | 'expired' | 'unreadable' };

export async function sealFlow(
  flow: SignInFlow,
  key: FlowKey,
  now: () => number = Date.now,
): Promise<string> {
  const issuedAt = Math.floor(now() / 1000);
  return new EncryptJWT({ ...flow })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + FLOW_TTL_SECONDS)
    .encrypt(key);
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** The flow in a cookie this server sealed and that has not expired; otherwise why not. */
export async function openFlow(
  sealed: string | undefined,
  key: FlowKey,
  now: () => number = Date.now,
): Promise<OpenedFlow> {
  if (!sealed) return { problem: 'missing' };
  try {
    const { payload } = await jwtDecrypt(sealed, key, {
      ...ALGORITHMS,
      currentDate: new Date(now()),
      requiredClaims: ['exp'],
    });
    const state = text(payload.state);
    const codeVerifier = text(payload.codeVerifier);
    const returnTo = text(payload.returnTo);
    if (!state || !codeVerifier || !returnTo) return { problem: 'unreadable' };
    return { flow: { state, codeVerifier, returnTo } };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { problem: 'expired' };
    return { problem: 'unreadable' };
  }
}
