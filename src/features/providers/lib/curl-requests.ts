import {
  toPatch,
  type KeyProviderChanges,
  type NewKeyProvider,
} from '../../../api/key-providers.ts';
import { pathOf } from '../../../api/operations.gen.ts';
import type { CurlRequest } from '../../../lib/curl.ts';

const one = (fingerprint: string) => pathOf('getKeyProvider', { arnFingerPrint: fingerprint });

type Request = Omit<CurlRequest, 'baseUrl'>;

/** The requests the console sends for each action, for "Copy as cURL". */
export const curlRequests = {
  get: (fingerprint: string): Request => ({ method: 'GET', path: one(fingerprint) }),
  create: (input: NewKeyProvider): Request => ({
    method: 'POST',
    path: pathOf('createKeyProvider'),
    body: { ...input, keyprovider: 'AWS-KMS' },
  }),
  patch: (fingerprint: string, changes: KeyProviderChanges): Request => ({
    method: 'PATCH',
    path: one(fingerprint),
    body: toPatch(changes),
  }),
  test: (fingerprint: string): Request => ({
    method: 'POST',
    path: pathOf('testKeyProvider', { arnFingerPrint: fingerprint }),
  }),
  delete: (fingerprint: string): Request => ({ method: 'DELETE', path: one(fingerprint) }),
};
