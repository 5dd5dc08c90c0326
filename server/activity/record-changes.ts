import type { ApiProxy } from '../../proxy/api-proxy.ts';
import { matchOperation, OPERATIONS, type OperationId } from '../../src/api/operations.gen.ts';
import { readBody, rebuildRequest } from '../common/rebuild-request.ts';
import type { ActivityEntry, ActivityLog } from './activity-log.ts';

export type Actor = ActivityEntry['actor'];

export interface RecordChangesOptions {
  activity: ActivityLog;
  /** Who sends this request: the signed-in person, or the shared API key. */
  actorOf: (request: Request) => Promise<Actor>;
  warn: (line: string) => void;
  now?: () => number;
}

export const SHARED_KEY_ACTOR: Actor = { id: null, name: 'Shared API key' };

const READS_WITH_NAMES = new Set<OperationId>([
  'listKeyProviders',
  'listAwsKeyProviders',
  'getKeyProvider',
]);
const MAX_NAMES = 5_000;

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return (await response.clone().json()) as unknown;
  } catch {
    return undefined;
  }
}

function parseJson(body: ArrayBuffer | null): unknown {
  try {
    return body ? (JSON.parse(new TextDecoder().decode(body)) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

const field = (value: unknown, name: string) =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>)[name] === 'string'
    ? ((value as Record<string, unknown>)[name] as string)
    : null;

function errorTitle(body: unknown): string | null {
  const errors =
    typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
  return Array.isArray(errors) ? field(errors[0], 'title') : null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Wraps the proxy so that every change sent through the console is recorded: who, what, which
 * key, and how it ended. Names come from the request (register) or from the lists and providers
 * the proxy has passed back, so recording costs the tenant no extra request.
 */
export function recordChanges(proxy: ApiProxy, options: RecordChangesOptions): ApiProxy {
  const { activity, actorOf, warn, now = Date.now } = options;
  const names = new Map<string, string>();

  function remember(body: unknown) {
    for (const item of Array.isArray(body) ? body : [body]) {
      const fingerprint = field(item, 'arnFingerPrint');
      const name = field(item, 'name');
      if (!fingerprint || !name) continue;
      if (names.size >= MAX_NAMES) names.delete(names.keys().next().value ?? '');
      names.set(fingerprint, name);
    }
  }

  return async (request, target) => {
    const match = matchOperation(request.method, new URL(request.url).pathname);
    if (!match) return proxy(request, target);
    const { operationId } = match;
    if (!OPERATIONS[operationId].changes) {
      const response = await proxy(request, target);
      if (response.ok && READS_WITH_NAMES.has(operationId)) remember(await jsonOf(response));
      return response;
    }
    const actor = await actorOf(request);
    const body = await readBody(request);
    const sent = operationId === 'createKeyProvider' ? parseJson(body) : undefined;
    const response = await proxy(rebuildRequest(request, body), target);
    const answer = await jsonOf(response);
    const param = match.params.arnFingerPrint;
    const fingerprint = param ? safeDecode(param) : field(answer, 'arnFingerPrint');
    const name = field(sent, 'name') ?? (fingerprint ? (names.get(fingerprint) ?? null) : null);
    if (operationId === 'createKeyProvider' && response.ok) remember(answer);
    const entry: ActivityEntry = {
      at: new Date(now()).toISOString(),
      actor,
      operation: operationId,
      provider: { name, fingerprint },
      outcome: {
        status: response.status,
        error: response.ok ? null : (errorTitle(answer) ?? `HTTP ${response.status}`),
      },
    };
    await activity.append(entry).catch((error: unknown) => {
      warn(
        `Activity log: could not record ${operationId}: ${String(error instanceof Error ? error.message : error)}`,
      );
    });
    return response;
  };
}
