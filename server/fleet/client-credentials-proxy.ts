import { createApiProxy, type ApiProxy, type ApiProxyOptions } from '../../proxy/api-proxy.ts';
import { proxyErrorResponse } from '../../proxy/proxy-errors.ts';
import { requestRefusal } from '../../proxy/request-refusal.ts';
import { OAuthFailure } from '../auth/oauth-failure.ts';
import { readBody, rebuildRequest } from '../common/rebuild-request.ts';

export interface AccessTokens {
  accessToken(): Promise<string>;
  /** The tenant answered 401 with this token. */
  invalidate(token: string): void;
}

export interface ClientCredentialsProxyOptions extends Omit<ApiProxyOptions, 'apiKey'> {
  tokens: AccessTokens;
  /** The variables to check when the token endpoint refuses the client, e.g. `A_ID and A_SECRET`. */
  envNames: string;
}

/**
 * The API proxy for a fleet tenant with a machine-to-machine OAuth client: the bearer is the
 * client's cached access token; when the tenant answers 401 the token is dropped, a new one
 * fetched and the call sent once more. Refusals are answered before any token is asked for.
 */
export function createClientCredentialsProxy(options: ClientCredentialsProxyOptions): ApiProxy {
  const { tokens, envNames, ...proxyOptions } = options;
  const { upstream, readOnly } = proxyOptions;
  const tenantName = upstream.kind === 'tenant' ? upstream.origin : 'the simulated tenant';

  async function tokenOrAnswer(): Promise<string | Response> {
    try {
      return await tokens.accessToken();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (!(error instanceof OAuthFailure) || error.status === null) {
        return proxyErrorResponse(
          'unreachable',
          `Could not reach ${tenantName} for an access token: ${reason}.`,
          upstream.kind,
        );
      }
      const detail = `The tenant refused the console's OAuth client: check ${envNames} (a machine-to-machine client of ${tenantName}). ${reason}.`;
      proxyOptions.log?.(`${tenantName}: ${reason}`);
      return proxyErrorResponse('client-refused', detail, upstream.kind);
    }
  }

  const send = (token: string, request: Request, body: ArrayBuffer | null, target?: string) =>
    createApiProxy({ ...proxyOptions, apiKey: token })(rebuildRequest(request, body), target);

  return async (request, target) => {
    const refused = requestRefusal(request, target, readOnly);
    if (refused) return proxyErrorResponse(refused.kind, refused.detail, upstream.kind);
    const body = await readBody(request);
    const token = await tokenOrAnswer();
    if (token instanceof Response) return token;
    const response = await send(token, request, body, target);
    if (response.status !== 401 || response.headers.has('x-cmk-proxy-error')) return response;
    void response.body?.cancel();
    tokens.invalidate(token);
    const renewed = await tokenOrAnswer();
    if (renewed instanceof Response) return renewed;
    return send(renewed, request, body, target);
  };
}
