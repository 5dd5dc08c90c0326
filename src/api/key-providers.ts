import { api, READ_TIMEOUT_MS, withTimeout, WRITE_TIMEOUT_MS, type ApiClient } from './client.ts';
import type { KeyProvider } from './model.ts';
import { toKeyProvider, toKeyProviderList } from './normalize.ts';
import type { components } from './schema.d.ts';

const byFingerprint = (fingerprint: string) => ({ path: { arnFingerPrint: fingerprint } });

/** `client`: another tenant's (the fleet overview); this page's tenant by default. */
export async function listKeyProviders(
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<KeyProvider[]> {
  const { data } = await client.GET('/api/v1/encryption/keyproviders/actions/list', {
    signal: withTimeout(signal, READ_TIMEOUT_MS),
  });
  return toKeyProviderList(data, 'listKeyProviders');
}

export async function getKeyProvider(fingerprint: string, signal?: AbortSignal) {
  const { data } = await api.GET('/api/v1/encryption/keyproviders/{arnFingerPrint}', {
    params: byFingerprint(fingerprint),
    signal: withTimeout(signal, READ_TIMEOUT_MS),
  });
  return toKeyProvider(data, 'getKeyProvider');
}

export interface NewKeyProvider {
  name: string;
  arn: string;
  description?: string;
}

export async function createKeyProvider(input: NewKeyProvider): Promise<KeyProvider> {
  const { data } = await api.POST('/api/v1/encryption/keyproviders', {
    body: { ...input, keyprovider: 'AWS-KMS' },
    signal: withTimeout(undefined, WRITE_TIMEOUT_MS),
  });
  return toKeyProvider(data, 'createKeyProvider');
}

export interface KeyProviderChanges {
  name?: string;
  description?: string;
}

/** A JSON Patch of only the fields given (the API accepts replace on /name and /description). */
export function toPatch(changes: KeyProviderChanges): components['schemas']['KeyProviderPatch'] {
  return (['name', 'description'] as const)
    .filter((field) => changes[field] !== undefined)
    .map((field) => ({ op: 'replace', path: `/${field}`, value: changes[field] ?? '' }));
}

export async function patchKeyProvider(fingerprint: string, changes: KeyProviderChanges) {
  await api.PATCH('/api/v1/encryption/keyproviders/{arnFingerPrint}', {
    params: byFingerprint(fingerprint),
    body: toPatch(changes),
    signal: withTimeout(undefined, WRITE_TIMEOUT_MS),
  });
}

export async function deleteKeyProvider(fingerprint: string) {
  await api.DELETE('/api/v1/encryption/keyproviders/{arnFingerPrint}', {
    params: byFingerprint(fingerprint),
    signal: withTimeout(undefined, WRITE_TIMEOUT_MS),
  });
}

/** Validates the key (POST …/actions/test); compliance problems come back on the provider. */
export async function testKeyProvider(fingerprint: string): Promise<KeyProvider> {
  const { data } = await api.POST('/api/v1/encryption/keyproviders/{arnFingerPrint}/actions/test', {
    params: byFingerprint(fingerprint),
    signal: withTimeout(undefined, WRITE_TIMEOUT_MS),
  });
  return toKeyProvider(data, 'testKeyProvider');
}
