import { webcrypto } from 'node:crypto';

const { subtle } = webcrypto;
const encoder = new TextEncoder();
const INFO = encoder.encode('cmk-console session tokens v1');

/** One AES-256-GCM key per secret, derived with HKDF-SHA-256 (a secret is text, not a key). */
async function keyOf(secret: string): Promise<webcrypto.CryptoKey> {
  const material = await subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, [
    'deriveKey',
  ]);
  return subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const b64 = (bytes: ArrayBuffer | Uint8Array) =>
  Buffer.from(bytes as Uint8Array).toString('base64url');

export interface Sealer {
  /** Encrypts with the first secret; `bound` (e.g. the row's key) must match to open it. */
  seal: (plain: string, bound: string) => Promise<string>;
  /** Tries every secret; undefined when none opens it (wrong secret, edited data). */
  open: (sealed: string, bound: string) => Promise<string | undefined>;
}

/** AES-GCM over WebCrypto; the first secret seals, all open (rotation). */
export function createSealer(secrets: readonly string[]): Sealer {
  if (secrets.length === 0) throw new Error('createSealer needs at least one secret');
  const keys = Promise.all(secrets.map(keyOf));
  return {
    async seal(plain, bound) {
      const [key] = await keys;
      if (!key) throw new Error('no sealing key');
      const iv = webcrypto.getRandomValues(new Uint8Array(12));
      const params = { name: 'AES-GCM', iv, additionalData: encoder.encode(bound) };
      const cipher = await subtle.encrypt(params, key, encoder.encode(plain));
      return `${b64(iv)}.${b64(cipher)}`;
    },
    async open(sealed, bound) {
      const [iv, cipher] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
      if (!iv || !cipher) return undefined;
      const params = { name: 'AES-GCM', iv, additionalData: encoder.encode(bound) };
      for (const key of await keys) {
        try {
          return new TextDecoder().decode(await subtle.decrypt(params, key, cipher));
        } catch {
          // Not this secret: try the next (an older one during rotation).
        }
      }
      return undefined;
    },
  };
}
