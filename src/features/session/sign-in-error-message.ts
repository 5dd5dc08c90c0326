/**
 * What the sign-in page says for each code the server sends in `?signin_error=`. Only these words
 * reach the page: text in the address is never shown, so a link cannot put words in the
 * console's mouth.
 */
const MESSAGES = new Map([
  ['expired', 'The sign-in took too long, so it was cancelled. Sign in again.'],
  ['state', 'That sign-in was not started in this browser, or was already used. Sign in again.'],
  [
    'denied',
    'Qlik Cloud did not sign you in: the sign-in was declined. Sign in again to continue.',
  ],
  [
    'tenant',
    'Qlik Cloud refused the sign-in or could not be reached. Try again; if it keeps failing, ask your tenant admin to check the console’s OAuth client.',
  ],
  ['user', 'You signed in, but Qlik Cloud did not say who you are. Try again in a moment.'],
]);

export const GENERIC_SIGN_IN_ERROR = 'The sign-in did not complete. Sign in again.';

export const signInErrorMessage = (code: string): string =>
  MESSAGES.get(code) ?? GENERIC_SIGN_IN_ERROR;
