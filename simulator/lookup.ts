import { findProvider, type SimContext } from './context.ts';
import { apiError, fingerprintTooLong } from './errors.ts';
import { MAX_FINGERPRINT_LENGTH, type KeyProvider } from './wire.ts';

type FingerprintOperation =
  | 'getKeyProvider'
  | 'patchKeyProvider'
  | 'deleteKeyProvider'
  | 'migrateKeyProvider'
  | 'testKeyProvider';

/** The provider a `/{arnFingerPrint}` route names, or the 414/404 that answers instead. */
export function providerFromPath(
  ctx: SimContext,
  fingerprint: string,
  operation: FingerprintOperation,
): KeyProvider | Response {
  if (fingerprint.length > MAX_FINGERPRINT_LENGTH) {
    return fingerprintTooLong(fingerprint.length, MAX_FINGERPRINT_LENGTH);
  }
  const provider = findProvider(ctx, fingerprint);
  if (!provider) {
    const detail = `No key provider with the fingerprint "${fingerprint}" is registered for this tenant`;
    return apiError(operation, 404, detail, { arnFingerPrint: fingerprint });
  }
  return provider;
}
