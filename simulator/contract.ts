// The simulator's public shape, shared by its three hosts (Vite dev server, standalone Node
// server, MSW in the browser and in Vitest).

import type { SimOAuthClient } from './oauth/directory.ts';

export type { SimOAuthClient };

export type ScenarioName =
  'default' | 'fresh' | 'migrating' | 'failing-validation' | 'busy' | 'large';

/** How long a migration takes unless SIM_MIGRATION_MS or the control API says otherwise. */
export const DEFAULT_MIGRATION_DURATION_MS = 20_000;

export interface SimulatorOptions {
  /** Seed loaded at start and by the control API's scenario reset. Default `default`. */
  scenario?: ScenarioName;
  /**
   * When set, only `Authorization: Bearer <apiKey>` is accepted (standalone mode). When unset,
   * any non-empty bearer token is accepted (embedded mode: the dev proxy adds one).
   */
  apiKey?: string;
  /** How long a migration takes from start to Completed. Default DEFAULT_MIGRATION_DURATION_MS. */
  migrationDurationMs?: number;
  /** The tenant's OAuth clients; default a web client and a machine-to-machine client (simulator/oauth/directory.ts). */
  oauthClients?: readonly SimOAuthClient[];
  /** Clock in epoch ms, injectable for tests. Default `Date.now`. */
  now?: () => number;
  /**
   * Where the tenant's state survives a restart (standalone server: `SIM_STATE_FILE`). Loaded at
   * creation, saved after every request. Snapshots are opaque to the store.
   */
  store?: SimulatorStore;
}

export interface SimulatorStore {
  load(): unknown;
  save(snapshot: unknown): void;
}

export interface Simulator {
  /**
   * Answers the encryption API (every operation of src/api/operations.gen.ts) and the control API under
   * `/__sim/`. Anything else answers 404. Throws `DroppedConnection` when an injected fault says
   * the connection must be cut: hosts then destroy the socket (Node) or return a network error (MSW).
   */
  handle(request: Request): Promise<Response>;
}

export class DroppedConnection extends Error {
  constructor() {
    super('Simulated dropped connection');
    this.name = 'DroppedConnection';
  }
}

/** Path prefix of the control API (tests and demos). Never proxied to a real tenant. */
export const CONTROL_PREFIX = '/__sim/';
