import { expect, type APIRequestContext } from '@playwright/test';
import { E2E_API_KEY, SIM_URL } from './servers.ts';

/** The standalone simulator's control API, called directly (it is never reachable through the proxy). */
/** One API request as the simulated tenant logged it. */
export interface LoggedRequest {
  at: string;
  method: string;
  path: string;
  status: number | null;
  fault?: string;
  /** `api-key`, `user:<id>` or `client:<id>`. */
  credential?: string;
}

export interface OAuthSummary {
  activeAccessTokens: number;
  activeRefreshTokens: number;
  refreshed: number;
  revoked: number;
  /** Whose tokens were revoked, latest last (bounded); never the tokens. */
  revocations: { userId: string | null; kind: 'access_token' | 'refresh_token' }[];
}

/** Where a standalone simulator listens and the API key it accepts. */
export interface SimulatorAddress {
  url: string;
  apiKey: string;
}

export class SimulatorControl {
  private readonly url: string;
  private readonly apiKey: string;

  /** The main simulator of the e2e set-up, unless another one (a fleet's tenant) is named. */
  constructor(
    private readonly request: APIRequestContext,
    address: SimulatorAddress = { url: SIM_URL, apiKey: E2E_API_KEY },
  ) {
    this.url = address.url;
    this.apiKey = address.apiKey;
  }

  private async call(method: 'GET' | 'POST' | 'DELETE', path: string, data?: unknown) {
    const response = await this.request.fetch(`${this.url}/__sim/${path}`, {
      method,
      data,
      headers: { Authorization: `Bearer ${this.apiKey}` },
    });
    expect(response.ok(), `simulator control ${method} ${path}`).toBe(true);
    return response.json() as Promise<unknown>;
  }

  loadScenario(name: 'default' | 'fresh' | 'large') {
    return this.call('POST', 'scenario', { name });
  }

  setMigrationDuration(durationMs: number) {
    return this.call('POST', 'migration-speed', { durationMs });
  }

  injectFault(fault: Record<string, unknown>) {
    return this.call('POST', 'faults', fault);
  }

  async oauth(): Promise<OAuthSummary> {
    return (await this.call('GET', 'oauth')) as OAuthSummary;
  }

  /** Every access token stops working; refresh tokens still do. */
  expireAccessTokens() {
    return this.call('POST', 'oauth/expire-access-tokens');
  }

  /** Starts a migration straight at the tenant, as another admin or tool would: not through the console. */
  async startMigration(fingerprint: string) {
    const response = await this.request.post(
      `${this.url}/api/v1/encryption/keyproviders/${fingerprint}/actions/migrate`,
      { headers: { Authorization: `Bearer ${this.apiKey}` } },
    );
    expect(response.status(), 'direct migrate').toBe(200);
  }

  async requests(): Promise<LoggedRequest[]> {
    return (await this.call('GET', 'requests')) as LoggedRequest[];
  }

  /** Drops every queued fault: the tenant answers normally again. */
  async clearFaults() {
    const response = await this.request.delete(`${this.url}/__sim/faults`, {
      headers: { Authorization: `Bearer ${this.apiKey}` },
    });
    expect(response.ok(), 'simulator control DELETE faults').toBe(true);
  }

  /** Every token stops working: sessions end at the next refresh. */
  async revokeAllTokens() {
    const response = await this.request.post(`${this.url}/__sim/oauth/revoke-all`, {
      headers: { Authorization: `Bearer ${this.apiKey}` },
    });
    expect(response.ok(), 'simulator control POST oauth/revoke-all').toBe(true);
  }

  /** Empties the request log (to count requests from a known moment). */
  async clearRequests() {
    const response = await this.request.delete(`${this.url}/__sim/requests`, {
      headers: { Authorization: `Bearer ${this.apiKey}` },
    });
    expect(response.ok(), 'simulator control DELETE requests').toBe(true);
  }
}
