import { OAuthFailure } from './oauth-failure.ts';
import type { OpenedFlow } from './sealed-flow.ts';

/**
 * Why a sign-in did not complete, as a code in `/?signin_error=`: the browser shows its own words
 * for each, so no text from an address (or from the tenant) ever reaches the page.
 */
export const SIGN_IN_ERROR_CODES = [
  'expired',
  'state',
  'denied',
  'tenant',
  'user',
  'failed',
] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];

export const signInErrorPath = (code: SignInErrorCode) => `/?signin_error=${code}`;

/** A flow cookie that could not be used: too old, or not one this browser got from the console. */
export const flowProblemCode = (problem: Exclude<OpenedFlow, { flow: unknown }>['problem']) =>
  problem === 'expired' ? 'expired' : 'state';

/** A failure while finishing the sign-in, by where it happened. */
export function finishFailureCode(error: unknown, step: 'token' | 'user'): SignInErrorCode {
  if (step === 'user') return 'user';
  if (!(error instanceof OAuthFailure)) return 'failed';
  if (error.code === 'access_denied') return 'denied';
  return 'tenant';
}
