import { createApiClient, type ApiClient } from '../../../api/client.ts';
import { listKeyProviders } from '../../../api/key-providers.ts';
import { getMigrationDetails } from '../../../api/migration.ts';
import { tenantPrefix } from '../../../config/tenant-scope.ts';
import type { TenantLook } from '../model/fleet-rows.ts';

const clients = new Map<string, ApiClient>();

/** Each tenant's client calls only that tenant's proxy, `/t/<id>/api`, with its credentials. */
function clientFor(id: string): ApiClient {
  let client = clients.get(id);
  if (!client) {
    client = createApiClient(tenantPrefix(id));
    clients.set(id, client);
  }
  return client;
}

/** One look at a tenant: its providers and its migration, side by side (two requests). */
export async function lookAtTenant(id: string, signal: AbortSignal): Promise<TenantLook> {
  const client = clientFor(id);
  const [providers, migration] = await Promise.all([
    listKeyProviders(signal, client),
    getMigrationDetails(signal, client),
  ]);
  return { providers, migration };
}
