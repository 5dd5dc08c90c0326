import * as oauth from 'oauth4webapi';

/** A token, revoke or authorize step that failed, in words an admin can act on. */
export class OAuthFailure extends Error {
  constructor(
    message: string,
    /** `invalid_grant` and friends, or the Qlik error code; null when the tenant said nothing. */
    readonly code: string | null,
    /** The HTTP status the tenant answered, or null when it could not be reached. */
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'OAuthFailure';
  }
}

interface QlikErrors {
  errors?: { code?: unknown; title?: unknown; detail?: unknown }[];
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

async function qlikShape(response: Response): Promise<OAuthFailure | null> {
  try {
    const body = (await response.clone().json()) as QlikErrors;
    const first = body.errors?.[0];
    if (!first) return null;
    const words = [text(first.title), text(first.detail)].filter(Boolean).join(': ');
    return new OAuthFailure(words || 'The tenant refused', text(first.code), response.status);
  } catch {
    return null;
  }
}

/**
 * One failure for both error shapes the tenant uses: OAuth's `{error, error_description}` and
 * Qlik's `{errors: [{code, title, detail}]}`; network failures and malformed answers too.
 */
export async function toOAuthFailure(error: unknown, step: string): Promise<OAuthFailure> {
  if (error instanceof OAuthFailure) return error;
  if (error instanceof oauth.ResponseBodyError) {
    const words = error.error_description ?? error.error;
    return new OAuthFailure(`${step}: ${words}`, error.error, error.status);
  }
  if (error instanceof oauth.AuthorizationResponseError) {
    const words = error.error_description ?? error.error;
    return new OAuthFailure(`${step}: ${words}`, error.error, null);
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    const challenge = error.cause[0];
    const words = challenge?.parameters.error_description ?? challenge?.parameters.error;
    return new OAuthFailure(`${step}: ${words ?? 'refused'}`, null, error.status);
  }
  if (error instanceof oauth.OperationProcessingError && error.cause instanceof Response) {
    const qlik = await qlikShape(error.cause);
    if (qlik) return new OAuthFailure(`${step}: ${qlik.message}`, qlik.code, qlik.status);
    return new OAuthFailure(
      `${step}: the tenant answered HTTP ${error.cause.status}`,
      null,
      error.cause.status,
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new OAuthFailure(`${step}: ${reason}`, null, null);
}
