import type { ActivityEntry } from '../api/activity.ts';
import { matchOperation, OPERATIONS } from '../api/operations.gen.ts';

const PRESENTER = { id: null, name: 'Presenter (demo)' };

async function jsonOf(message: Request | Response): Promise<unknown> {
  try {
    return (await message.clone().json()) as unknown;
  } catch {
    return undefined;
  }
}

const text = (value: unknown, name: string): string | null => {
  const field =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : null;
  return typeof field === 'string' ? field : null;
};

/**
 * The activity log a console server keeps, kept in the page for the demo: every change the
 * presenter makes, newest first, under one name.
 */
export function createInPageActivity(names: (fingerprint: string) => Promise<string | null>) {
  const entries: ActivityEntry[] = [];
  return {
    list: () => Response.json(entries.toReversed(), { headers: { 'cache-control': 'no-store' } }),
    async record(request: Request, send: (request: Request) => Promise<Response>) {
      const match = matchOperation(request.method, new URL(request.url).pathname);
      if (!match || !OPERATIONS[match.operationId].changes) return send(request);
      const param = match.params.arnFingerPrint;
      const fingerprint = param ? decodeURIComponent(param) : null;
      const sent = await jsonOf(request);
      const name = text(sent, 'name') ?? (fingerprint ? await names(fingerprint) : null);
      const response = await send(request);
      const answer = response.ok ? undefined : await jsonOf(response);
      const firstError = (answer as { errors?: unknown[] } | undefined)?.errors?.[0];
      entries.push({
        at: new Date().toISOString(),
        actor: PRESENTER,
        operation: match.operationId,
        provider: {
          name: name ?? text(await jsonOf(response), 'name'),
          fingerprint: fingerprint ?? text(await jsonOf(response), 'arnFingerPrint'),
        },
        outcome: {
          status: response.status,
          error: response.ok ? null : (text(firstError, 'title') ?? `HTTP ${response.status}`),
        },
      });
      return response;
    },
  };
}
