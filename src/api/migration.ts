import { isApiError } from './api-error.ts';
import { api, READ_TIMEOUT_MS, withTimeout, WRITE_TIMEOUT_MS, type ApiClient } from './client.ts';
import type { Migration } from './model.ts';
import { toMigration } from './normalize.ts';

/**
 * The ongoing or last completed migration; null when none has ever run (the API's 404).
 * `client`: another tenant's (the fleet overview); this page's tenant by default.
 */
export async function getMigrationDetails(
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<Migration | null> {
  try {
    const { data } = await client.GET('/api/v1/encryption/keyproviders/migration/actions/details', {
      signal: withTimeout(signal, READ_TIMEOUT_MS),
    });
    return toMigration(data, 'getMigrationDetails');
  } catch (error) {
    if (isApiError(error) && error.kind === 'http' && error.status === 404) return null;
    throw error;
  }
}

export async function migrateToKeyProvider(fingerprint: string): Promise<Migration> {
  const { data } = await api.POST(
    '/api/v1/encryption/keyproviders/{arnFingerPrint}/actions/migrate',
    {
      params: { path: { arnFingerPrint: fingerprint } },
      signal: withTimeout(undefined, WRITE_TIMEOUT_MS),
    },
  );
  return toMigration(data, 'migrateKeyProvider');
}

/** Whether a migration started; when not, the tenant's reason (already on the Qlik default). */
export type StartOutcome = { started: true } | { started: false; message: string };

/**
 * 205: the migration back to the Qlik default started (no readable body: follow it with the
 * details endpoint). 200: the tenant already uses the Qlik default, nothing to do.
 */
export async function resetToDefaultProvider(): Promise<StartOutcome> {
  const { data, response } = await api.POST(
    '/api/v1/encryption/keyproviders/actions/reset-to-default-provider',
    { signal: withTimeout(undefined, WRITE_TIMEOUT_MS) },
  );
  if (response.status === 200) {
    return {
      started: false,
      message: data?.message ?? 'The tenant already uses the Qlik default.',
    };
  }
  return { started: true };
}
