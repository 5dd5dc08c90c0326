import { pathToFileURL } from 'node:url';
import { pathOf } from '../src/api/operations.gen.ts';
import { parseWholeNumber, readSetting } from '../server/common/env-values.ts';
import { listen, type ListeningServer } from '../server/common/listen.ts';
import { nodeListener } from '../server/common/node-listener.ts';
import { DEFAULT_MIGRATION_DURATION_MS, type ScenarioName } from './contract.ts';
import { fileStore } from './file-store.ts';
import { createSimulator } from './index.ts';
import { SCENARIO_NAMES } from './scenarios.ts';

export interface SimulatorServerOptions {
  port?: number;
  host?: string;
  apiKey: string;
  scenario?: ScenarioName;
  migrationDurationMs?: number;
  /** A JSON file that keeps the tenant's state across restarts. */
  stateFile?: string;
}

export type SimulatorServer = ListeningServer;

export const DEFAULT_SIM_API_KEY = 'sim-local-key';

/** The simulated tenant over real HTTP (port 0 picks a free port). */
export async function startSimulatorServer(
  options: SimulatorServerOptions,
): Promise<SimulatorServer> {
  const { port = 4010, host = '127.0.0.1', stateFile, ...simulatorOptions } = options;
  const simulator = createSimulator({
    ...simulatorOptions,
    ...(stateFile ? { store: fileStore(stateFile) } : {}),
  });
  return listen(
    nodeListener((request) => simulator.handle(request)),
    port,
    host,
  );
}

export function parseScenario(value: string | undefined): ScenarioName {
  if (value === undefined) return 'default';
  const scenario = SCENARIO_NAMES.find((name) => name === value);
  if (!scenario)
    throw new Error(`SIM_SCENARIO=${value} is unknown; use ${SCENARIO_NAMES.join(', ')}.`);
  return scenario;
}

async function main(env: Record<string, string | undefined>) {
  const customKey = readSetting(env, 'SIM_API_KEY');
  const server = await startSimulatorServer({
    port: parseWholeNumber('SIM_PORT', readSetting(env, 'SIM_PORT'), 4010),
    host: readSetting(env, 'SIM_HOST') ?? '127.0.0.1',
    apiKey: customKey ?? DEFAULT_SIM_API_KEY,
    scenario: parseScenario(readSetting(env, 'SIM_SCENARIO')),
    migrationDurationMs: parseWholeNumber(
      'SIM_MIGRATION_MS',
      readSetting(env, 'SIM_MIGRATION_MS'),
      DEFAULT_MIGRATION_DURATION_MS,
    ),
    stateFile: readSetting(env, 'SIM_STATE_FILE'),
  });
  const keyForCurl = customKey ? '$SIM_API_KEY' : DEFAULT_SIM_API_KEY;
  console.log(`Simulated Qlik tenant listening on ${server.url}`);
  const stateFile = readSetting(env, 'SIM_STATE_FILE');
  if (stateFile) console.log(`State kept in ${stateFile} (survives restarts)`);
  console.log(
    customKey
      ? 'API key: from SIM_API_KEY'
      : `API key: ${DEFAULT_SIM_API_KEY} (the default; set SIM_API_KEY to change it)`,
  );
  console.log('Try:');
  console.log(
    `  curl -H "Authorization: Bearer ${keyForCurl}" ${server.url}${pathOf('listKeyProviders')}`,
  );
  const shutdown = (signal: NodeJS.Signals) => {
    console.log(`${signal} received, stopping the simulator`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.env).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
