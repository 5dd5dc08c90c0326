import { isApiError } from './api-error.ts';
import {
  errorMessages,
  notTenantAdmin,
  sessionEnded,
  unauthorized,
  type ErrorMessage,
} from './error-messages.ts';
import { isNotTenantAdmin } from './error-status.ts';
import { OPERATIONS } from './operations.gen.ts';
import { tenantScope } from '../config/tenant-scope.ts';

/** In a tenant of a fleet, credentials and URLs come from the tenants file, not QLIK_* variables. */
const fleetUnauthorized: ErrorMessage = {
  title: 'The API key was refused',
  explanation:
    'The tenant did not accept the API key the console uses for it: it is invalid or expired.',
  next: 'Create a new API key as a tenant admin, put it in the environment variable the tenants file names for this tenant (apiKeyEnv) and restart the console.',
};

const fleetUnreachable: ErrorMessage = {
  title: 'Cannot reach the tenant',
  explanation: 'The console’s server could not connect to this Qlik Cloud tenant.',
  next: 'Check this tenant’s URL in the tenants file (CONSOLE_TENANTS_FILE) and the network; the console retries reads by itself.',
};

/** The console's OAuth client for this tenant was refused at the tenant's token endpoint. */
const clientRefused = (detail: string | undefined): ErrorMessage => ({
  title: 'The tenant refused the console’s OAuth client',
  explanation:
    detail ?? 'The tenant did not accept the machine-to-machine OAuth client the console uses.',
  next: 'Check the client id and secret in the environment variables the tenants file names for this tenant, that the client is still active in the tenant’s Management Console, then restart the console.',
});

function inFleet(message: ErrorMessage | undefined): ErrorMessage | undefined {
  if (!tenantScope || !message) return message;
  if (message === unauthorized) return fleetUnauthorized;
  if (message.title === fleetUnreachable.title) return fleetUnreachable;
  return message;
}

export interface DescribedError extends ErrorMessage {
  /** What the API itself said, shown under the message for support. */
  technical: string | undefined;
}

function technicalLine(status: number, code: string, title: string, detail?: string): string {
  const parts = [status ? `HTTP ${status}` : '', code, title, detail].filter(Boolean);
  return parts.join(' · ');
}

function byKind(error: Parameters<typeof describeError>[0]): ErrorMessage | undefined {
  if (!isApiError(error)) return undefined;
  switch (error.kind) {
    case 'unreachable':
      return {
        title: 'Cannot reach the tenant',
        explanation: 'The console’s server could not connect to the Qlik Cloud tenant.',
        next: 'Check the tenant URL (QLIK_TENANT) and your network; the console retries reads by itself.',
      };
    case 'network':
      return {
        title: 'The console cannot reach its server',
        explanation: 'The connection was lost before an answer arrived.',
        next: 'Check that the console is still running and your network is up, then try again.',
      };
    case 'timeout':
      return {
        title: 'The tenant did not answer in time',
        explanation: 'No answer came within the console’s time limit.',
        next: 'Try again. Reads are retried automatically; changes are never sent twice on their own.',
      };
    case 'malformed':
      return {
        title: 'The tenant sent an unreadable answer',
        explanation: 'The response was not in the format the API describes.',
        next: 'Try again. If it persists, report the details below to Qlik support.',
      };
    case 'signed-out':
      return sessionEnded(error.operation !== 'unknown' && OPERATIONS[error.operation].changes);
    case 'http':
      return undefined;
  }
}

function byStatus(status: number): ErrorMessage | undefined {
  if (status === 401) return unauthorized;
  if (status === 403) {
    return {
      title: 'This action is not allowed',
      explanation:
        'The request was refused (403): the console may be read-only, or the API key lacks the tenant admin role.',
      next: 'Use an API key of a tenant admin, or ask who runs the console to turn off read-only mode.',
    };
  }
  if (status === 429) {
    return {
      title: 'Too many requests',
      explanation: 'The tenant’s rate limit for this operation was reached.',
      next: 'Wait a moment; reads are retried when the tenant says so. Then try your change again.',
    };
  }
  if (status >= 500) {
    return {
      title: 'The tenant had a problem',
      explanation: `The tenant answered with a server error (${status}). Nothing suggests your request was wrong.`,
      next: 'Try again in a moment. If it persists, check Qlik Cloud status or contact Qlik support.',
    };
  }
  return undefined;
}

/** The one place that turns any failure into what a person reads. Components never parse errors. */
export function describeError(error: unknown): DescribedError {
  if (!isApiError(error)) {
    return {
      title: 'Something went wrong',
      explanation: error instanceof Error ? error.message : 'An unexpected error occurred.',
      next: 'Reload the page. If it happens again, report it with the details below.',
      technical: undefined,
    };
  }
  const known =
    (error.code === 'CMK-PROXY-CLIENT-REFUSED' ? clientRefused(error.detail) : undefined) ??
    (isNotTenantAdmin(error) ? notTenantAdmin : undefined) ??
    (error.kind === 'http' && error.operation !== 'unknown'
      ? errorMessages[error.operation][error.status]
      : undefined) ??
    byKind(error) ??
    byStatus(error.status);
  const fallback: ErrorMessage = {
    title: `Unexpected answer from the tenant (HTTP ${error.status})`,
    explanation: 'The API answered with a status its documentation does not list for this action.',
    next: 'Try again. If it persists, report the details below to Qlik support.',
  };
  return {
    ...(inFleet(known) ?? fallback),
    technical: technicalLine(error.status, error.code, error.title, error.detail),
  };
}

/** "A migration is already running": 428 on migrate, but 406 on reset (a quirk of the API). */
export function isMigrationAlreadyRunning(error: unknown): boolean {
  if (!isApiError(error) || error.kind !== 'http') return false;
  return (
    (error.operation === 'migrateKeyProvider' && error.status === 428) ||
    (error.operation === 'resetToDefaultProvider' && error.status === 406)
  );
}
