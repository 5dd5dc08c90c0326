import {
  toPatch,
  type KeyProviderChanges,
  type NewKeyProvider,
} from '../../../api/key-providers.ts';
import type { CurlRequest } from '../../../lib/curl.ts';

const BASE = '/api/v1/encryption/keyproviders';
const one = (fingerprint: string) => `${BASE}/${encodeURIComponent(fingerprint)}`;

type Request = Omit<CurlRequest, 'baseUrl'>;

/** The requests the console sends for each action, for "Copy as cURL". */
export const curlRequests = {
  get: (fingerprint: string): Request => ({ method: 'GET', path: one(fingerprint) }),
  create: (input: NewKeyProvider): Request => ({
    method: 'POST',
    path: BASE,
    body: { ...input, keyprovider: 'AWS-KMS' },
  }),
  patch: (fingerprint: string, changes: KeyProviderChanges): Request => ({
    method: 'PATCH',
    path: one(fingerprint),
    body: toPatch(changes),
  }),
  test: (fingerprint: string): Request => ({
    method: 'POST',
    path: `${one(fingerprint)}/actions/test`,
  }),
  delete: (fingerprint: string): Request => ({ method: 'DELETE', path: one(fingerprint) }),
};
