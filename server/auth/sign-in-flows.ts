import type { PendingSignIn } from './qlik-oauth.ts';
import { newSessionId } from './session-store.ts';

interface Flow {
  pending: PendingSignIn;
  returnTo: string;
  expiresAt: number;
}

/** A sign-in must come back within this time. */
export const FLOW_TTL_MS = 10 * 60_000;
const MAX_FLOWS = 10_000;

/** Sign-ins started and not yet finished, keyed by the id in the browser's flow cookie. */
export function createSignInFlows(now: () => number = Date.now) {
  const flows = new Map<string, Flow>();
  return {
    start(pending: PendingSignIn, returnTo: string): string {
      const at = now();
      for (const [id, flow] of flows) if (flow.expiresAt <= at) flows.delete(id);
      // A flood of abandoned sign-ins must not grow memory without bound: oldest go first.
      while (flows.size >= MAX_FLOWS) flows.delete(flows.keys().next().value ?? '');
      const id = newSessionId();
      flows.set(id, { pending, returnTo, expiresAt: at + FLOW_TTL_MS });
      return id;
    },
    /** The flow, once: a replayed callback finds nothing. */
    take(id: string | undefined): Flow | undefined {
      if (!id) return undefined;
      const flow = flows.get(id);
      flows.delete(id);
      return flow && flow.expiresAt > now() ? flow : undefined;
    },
  };
}

/** Only a path on this console: `/x`, never `//host` or `/\host` (an open redirect). */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return '/';
  return value;
}
