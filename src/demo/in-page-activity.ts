import type { ActivityEntry } from '../api/activity.ts';
import { matchOperation, OPERATIONS } from '../api/operations.gen.ts';
import { activityPageResponse } from './activity-pages.ts';

const PRESENTER = { id: null, name: 'Presenter (demo)' };

async function jsonOf(message: Response): Promise<unknown> {
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
 * presenter makes, under one name, the key's name as the tenant knows it; read a page at a time
 * like the server's.
 */
export function createInPageActivity(names: (fingerprint: string) => Promise<string | null>) {
  const entries: ActivityEntry[] = [];
  return {
    list: (url: URL) => activityPageResponse(entries, url),
    async record(request: Request, send: (request: Request) => Promise<Response>) {
      const match = matchOperation(request.method, new URL(request.url).pathname);
      if (!match || !OPERATIONS[match.operationId].changes) return send(request);
      const param = match.params.arnFingerPrint;
      const known = param ? decodeURIComponent(param) : null;
      const knownName = known ? await names(known) : null;
      const response = await send(request);
      const answer = await jsonOf(response);
      const firstError = (answer as { errors?: unknown[] } | undefined)?.errors?.[0];
      entries.push({
        at: new Date().toISOString(),
        actor: PRESENTER,
        operation: match.operationId,
        provider: {
          name: knownName ?? (response.ok ? text(answer, 'name') : null),
          fingerprint: known ?? text(answer, 'arnFingerPrint'),
        },
        outcome: {
          status: response.status,
          error: response.ok
            ? null
            : (text(firstError, 'title') ?? `HTTP ${String(response.status)}`),
        },
      });
      return response;
    },
  };
}
