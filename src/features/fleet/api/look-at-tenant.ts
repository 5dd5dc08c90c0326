import { ApiError } from '../../../api/api-error.ts';
import { consoleFetch, consoleJson } from '../../../api/console-fetch.ts';
import type { OperationId } from '../../../api/operations.ts';
import { toKeyProviderList, toMigration } from '../../../api/normalize.ts';
import { readErrorResponse } from '../../../api/read-error-response.ts';
import { tenantPrefix } from '../../../config/tenant-scope.ts';
import type { TenantLook } from '../model/fleet-rows.ts';

/** One of the tenant's answers as the console's server passed it on. */
interface OverviewPart {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function isPart(value: unknown): value is OverviewPart {
  if (typeof value !== 'object' || value === null) return false;
  const part = value as Record<string, unknown>;
  return (
    typeof part.status === 'number' &&
    typeof part.body === 'string' &&
    typeof part.headers === 'object' &&
    part.headers !== null
  );
}

const unreadable = (operation: OperationId) =>
  new ApiError({
    operation,
    kind: 'malformed',
    status: 200,
    title: 'The console’s server sent an answer it cannot read',
  });

/** A part's body as JSON, or its failure as the ApiError the client would have thrown. */
async function readPart(part: unknown, operation: OperationId): Promise<unknown> {
  if (!isPart(part)) throw unreadable(operation);
  if (part.status < 200 || part.status > 299) {
    const response = new Response(part.body, { status: part.status, headers: part.headers });
    throw await readErrorResponse(operation, response);
  }
  try {
    return part.body ? (JSON.parse(part.body) as unknown) : undefined;
  } catch {
    throw new ApiError({
      operation,
      kind: 'malformed',
      status: part.status,
      title: 'The tenant sent a response the console cannot read',
      detail: `Expected JSON, received: ${part.body.slice(0, 80)}`,
    });
  }
}

/** The look the server answered (`{ list, details }`), read as the client reads each call. */
export async function readOverview(raw: unknown): Promise<TenantLook> {
  const { list, details } = (typeof raw === 'object' && raw !== null ? raw : {}) as {
    list?: unknown;
    details?: unknown;
  };
  const providers = toKeyProviderList(await readPart(list, 'listKeyProviders'), 'listKeyProviders');
  // No migration ever ran: the API's 404 on details.
  if (isPart(details) && details.status === 404) return { providers, migration: null };
  const migration = toMigration(
    await readPart(details, 'getMigrationDetails'),
    'getMigrationDetails',
  );
  return { providers, migration };
}

/**
 * One look at a tenant: its providers and its migration. The console's server asks the tenant for
 * both side by side through that tenant's proxy (`/t/<id>/__console/overview`), so a fleet of 100
 * costs the browser 100 requests, not 200.
 */
export async function lookAtTenant(id: string, signal: AbortSignal): Promise<TenantLook> {
  const response = await consoleFetch(`${tenantPrefix(id)}/__console/overview`, { signal });
  return readOverview(await consoleJson(response));
}
