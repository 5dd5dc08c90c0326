import type { ApiProxy } from '../../proxy/api-proxy.ts';
import { deliveryOf } from '../../proxy/forwarded.ts';
import { matchOperation, OPERATIONS, type OperationId } from '../../src/api/operations.gen.ts';
import type { ActivityEntry, ActivityLog } from './activity-log.ts';
import { clip, clipOrNull } from './clip.ts';
import { ENTRY_LIMITS } from './entry-schema.ts';

export type Actor = ActivityEntry['actor'];

export interface RecordChangesOptions {
  activity: ActivityLog;
  /** Who sends this request: the signed-in person, or the shared API key. */
  actorOf: (request: Request) => Promise<Actor>;
  warn: (line: string) => void;
  now?: () => number;
}

export const SHARED_KEY_ACTOR: Actor = { id: null, name: 'Shared API key' };

/** What an entry says when the request was sent and nothing came back (unreachable, timeout). */
export const NO_ANSWER = 'No answer from the tenant';

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

function outcomeOf(response: Response, answer: unknown, answered: boolean) {
  if (!answered) return { status: response.status, error: NO_ANSWER };
  if (response.ok) return { status: response.status, error: null };
  const error = errorTitle(answer) ?? `HTTP ${String(response.status)}`;
  return { status: response.status, error: clip(error, ENTRY_LIMITS.error) };
}

/**
 * Wraps a proxy so that every change it sent to the tenant is recorded: who, what, which key, and
 * how the tenant answered. A request the console refused (signed out, cross-origin, read-only, too
 * large, not an operation…) never reached the tenant and is not an entry: only answers the inner
 * proxy marked as forwarded are (proxy/forwarded.ts). Names come from the tenant's own answers
 * (the registered provider, the lists and providers passed back), never from the request, and
 * every text is clipped to the entry's bounds.
 */
export function recordChanges(proxy: ApiProxy, options: RecordChangesOptions): ApiProxy {
  const { activity, actorOf, warn, now = Date.now } = options;
  const names = new Map<string, string>();

  function remember(body: unknown) {
    for (const item of Array.isArray(body) ? body : [body]) {
      const fingerprint = field(item, 'arnFingerPrint');
      const name = field(item, 'name');
      if (!fingerprint || !name || fingerprint.length > ENTRY_LIMITS.fingerprint) continue;
      if (names.size >= MAX_NAMES) names.delete(names.keys().next().value ?? '');
      names.set(fingerprint, clip(name, ENTRY_LIMITS.name));
    }
  }

  return async (request, target) => {
    const match = matchOperation(request.method, new URL(request.url).pathname);
    const response = await proxy(request, target);
    const delivery = deliveryOf(response);
    if (!match || !delivery) return response;
    const { operationId } = match;
    if (!OPERATIONS[operationId].changes) {
      if (response.ok && READS_WITH_NAMES.has(operationId)) remember(await jsonOf(response));
      return response;
    }
    const answer = delivery === 'answered' ? await jsonOf(response) : undefined;
    if (operationId === 'createKeyProvider' && response.ok) remember(answer);
    const param = match.params.arnFingerPrint;
    const fingerprint = clipOrNull(
      param ? safeDecode(param) : field(answer, 'arnFingerPrint'),
      ENTRY_LIMITS.fingerprint,
    );
    const actor = await actorOf(request);
    const entry: ActivityEntry = {
      at: new Date(now()).toISOString(),
      actor: {
        id: clipOrNull(actor.id, ENTRY_LIMITS.actorId),
        name: clip(actor.name, ENTRY_LIMITS.actorName),
      },
      operation: operationId,
      provider: { name: fingerprint ? (names.get(fingerprint) ?? null) : null, fingerprint },
      outcome: outcomeOf(response, answer, delivery === 'answered'),
    };
    await activity.append(entry).catch((error: unknown) => {
      warn(
        `Activity log: could not record ${operationId}: ${String(error instanceof Error ? error.message : error)}`,
      );
    });
    return response;
  };
}
