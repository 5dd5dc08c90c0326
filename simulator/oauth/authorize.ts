import { CODE_TTL_MS, findClient, newToken, type OAuthState } from './oauth-state.ts';
import { SIM_USERS, findUser, redirectAllowed } from './directory.ts';
import { signInPage, errorPage } from './sign-in-page.ts';

const FORWARDED = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
] as const;

type AuthorizeParams = Record<(typeof FORWARDED)[number], string>;

function readParams(source: URLSearchParams): AuthorizeParams {
  const entries = FORWARDED.map((name) => [name, source.get(name) ?? ''] as const);
  return Object.fromEntries(entries) as AuthorizeParams;
}

function redirectWith(uri: string, values: Record<string, string>): Response {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(values)) if (value) url.searchParams.set(name, value);
  return new Response(null, { status: 302, headers: { location: url.toString() } });
}

/**
 * What must be right before the tenant may redirect at all (RFC 6749 §4.1.2.1: a bad client or
 * redirect URI gets an error page, never a redirect), then what is answered by redirecting.
 */
function check(state: OAuthState, params: AuthorizeParams): Response | null {
  const client = findClient(state, params.client_id);
  if (!client || client.kind !== 'web') {
    return errorPage(400, `Unknown OAuth client "${params.client_id}".`);
  }
  if (!redirectAllowed(client, params.redirect_uri)) {
    return errorPage(
      400,
      `The redirect URI "${params.redirect_uri}" is not allowed for this client.`,
    );
  }
  const fail = (error: string, description: string) =>
    redirectWith(params.redirect_uri, {
      error,
      error_description: description,
      state: params.state,
    });
  if (params.response_type !== 'code') {
    return fail('unsupported_response_type', 'Only response_type=code is supported');
  }
  if (params.code_challenge_method !== 'S256' || params.code_challenge.length < 43) {
    return fail('invalid_request', 'PKCE with code_challenge_method=S256 is required');
  }
  return null;
}

/** GET: the simulated tenant's sign-in page, one button per person. */
export function showAuthorize(state: OAuthState, url: URL): Response {
  const params = readParams(url.searchParams);
  return check(state, params) ?? signInPage(params, SIM_USERS);
}

/** POST from the sign-in page: the person chose who to be, or declined. */
export async function decideAuthorize(state: OAuthState, request: Request, now: number) {
  const form = new URLSearchParams(await request.text());
  const params = readParams(form);
  const refused = check(state, params);
  if (refused) return refused;
  const user = findUser(form.get('user') ?? '');
  if (!user) {
    return redirectWith(params.redirect_uri, {
      error: 'access_denied',
      error_description: 'The person declined to sign in',
      state: params.state,
    });
  }
  const code = newToken('code');
  state.codes.set(code, {
    clientId: params.client_id,
    redirectUri: params.redirect_uri,
    codeChallenge: params.code_challenge,
    userId: user.id,
    scope: params.scope,
    expiresAt: now + CODE_TTL_MS,
  });
  return redirectWith(params.redirect_uri, { code, state: params.state });
}
