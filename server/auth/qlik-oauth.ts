import * as oauth from 'oauth4webapi';
import { toOAuthFailure } from './oauth-failure.ts';
import type { SessionTokens } from './session-store.ts';
import { expiresAtOf } from './token-expiry.ts';

export interface QlikOAuthConfig {
  /** The tenant's origin, e.g. https://acme.eu.qlikcloud.com */
  tenantUrl: string;
  clientId: string;
  clientSecret: string;
  /** `${CONSOLE_ORIGIN}/auth/callback`; omitted for machine-to-machine clients. */
  redirectUri?: string;
  scopes: readonly string[];
  /** Looked up at call time by default, so tests can stand in for the tenant. */
  fetch?: typeof fetch;
  now?: () => number;
}

/** What the server keeps between sending the browser to Qlik and the callback. */
export interface PendingSignIn {
  state: string;
  codeVerifier: string;
}

/** Qlik Cloud's OAuth endpoints, configured explicitly: the tenant publishes no discovery document. */
export function qlikAuthorizationServer(tenantUrl: string): oauth.AuthorizationServer {
  return {
    issuer: tenantUrl,
    authorization_endpoint: `${tenantUrl}/oauth/authorize`,
    token_endpoint: `${tenantUrl}/oauth/token`,
    revocation_endpoint: `${tenantUrl}/oauth/revoke`,
  };
}

export function createQlikOAuth(config: QlikOAuthConfig) {
  const as = qlikAuthorizationServer(config.tenantUrl);
  const client: oauth.Client = { client_id: config.clientId };
  const clientAuth = oauth.ClientSecretPost(config.clientSecret);
  const now = config.now ?? Date.now;
  const options = {
    [oauth.customFetch]: (url: string, init: RequestInit) =>
      (config.fetch ?? globalThis.fetch)(url, init),
    // Only the simulated tenant is plain HTTP (deprecated flag, meant for exactly that).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    [oauth.allowInsecureRequests]: config.tenantUrl.startsWith('http:'),
  };

  const tokensFrom = (response: oauth.TokenEndpointResponse, previousRefresh: string | null) => ({
    accessToken: response.access_token,
    // Refresh tokens rotate: keep the newest; a response without one keeps the old.
    refreshToken: response.refresh_token ?? previousRefresh,
    expiresAt: expiresAtOf(response, now()),
  });

  function redirectUri(): string {
    if (!config.redirectUri) throw new Error('This OAuth client has no redirect URI.');
    return config.redirectUri;
  }

  return {
    /** The URL to send the browser to, and what the callback must match. */
    async startSignIn(): Promise<{ url: URL; pending: PendingSignIn }> {
      const codeVerifier = oauth.generateRandomCodeVerifier();
      const state = oauth.generateRandomState();
      const url = new URL(as.authorization_endpoint ?? '');
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: config.clientId,
        redirect_uri: redirectUri(),
        scope: config.scopes.join(' '),
        state,
        code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      }).toString();
      return { url, pending: { state, codeVerifier } };
    },

    /** Checks the callback against what this browser started, then trades the code for tokens. */
    async finishSignIn(callback: URL, pending: PendingSignIn): Promise<SessionTokens> {
      try {
        const params = oauth.validateAuthResponse(as, client, callback, pending.state);
        const response = await oauth.authorizationCodeGrantRequest(
          as,
          client,
          clientAuth,
          params,
          redirectUri(),
          pending.codeVerifier,
          options,
        );
        return tokensFrom(await oauth.processAuthorizationCodeResponse(as, client, response), null);
      } catch (error) {
        throw await toOAuthFailure(error, 'Sign-in failed');
      }
    },

    async refresh(refreshToken: string): Promise<SessionTokens> {
      try {
        const response = await oauth.refreshTokenGrantRequest(
          as,
          client,
          clientAuth,
          refreshToken,
          options,
        );
        const result = await oauth.processRefreshTokenResponse(as, client, response);
        return tokensFrom(result, refreshToken);
      } catch (error) {
        throw await toOAuthFailure(error, 'Refreshing the session failed');
      }
    },

    async revoke(token: string, hint: 'access_token' | 'refresh_token'): Promise<void> {
      try {
        const response = await oauth.revocationRequest(as, client, clientAuth, token, {
          ...options,
          additionalParameters: { token_type_hint: hint },
        });
        await oauth.processRevocationResponse(response);
      } catch (error) {
        throw await toOAuthFailure(error, 'Revoking the token failed');
      }
    },

    /** Machine-to-machine: a token for the client itself. */
    async clientCredentials(): Promise<SessionTokens> {
      try {
        const scope = { scope: config.scopes.join(' ') };
        const response = await oauth.clientCredentialsGrantRequest(
          as,
          client,
          clientAuth,
          scope,
          options,
        );
        return tokensFrom(await oauth.processClientCredentialsResponse(as, client, response), null);
      } catch (error) {
        throw await toOAuthFailure(error, 'Getting a token for the client failed');
      }
    },
  };
}

export type QlikOAuth = ReturnType<typeof createQlikOAuth>;
