import { paths } from '../config/paths.ts';

/** The server's sign-in flow, which comes back to `returnTo` (a path of this console). */
export const signInUrl = (returnTo: string) =>
  `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;

/** Leaving the page for Qlik Cloud's sign-in; an object so tests can watch it (jsdom cannot navigate). */
export const signInNavigation = {
  here(returnTo: string) {
    window.location.assign(signInUrl(returnTo));
  },
  /** The new tab lands on "close this tab": this one keeps what the person typed. */
  inNewTab() {
    window.open(signInUrl(paths.signedInAgain), '_blank', 'noopener');
  },
};
