import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { createRedactor } from '../../proxy/redact.ts';
import type { SimulatorOptions } from '../../simulator/contract.ts';
import { readSetting } from '../common/env-values.ts';
import { nodeListener } from '../common/node-listener.ts';
import { startStorage } from '../db/start-storage.ts';
import { resolveConsoleMode, secretsOf, type ConsoleMode, type Env } from '../mode.ts';
import { startupBanner } from '../startup-banner.ts';
import { sharedKeyExposure } from './loopback.ts';
import { listenOrRefuse } from './listen-or-refuse.ts';
import { createProductionApp, type ProductionAppOptions } from './production-app.ts';
import { resolveServerSettings, type ServerSettings } from './settings.ts';
import { refuseOnError, StartupRefusal } from './startup-refusal.ts';

export interface ConsoleServer {
  url: string;
  server: Server;
  mode: ConsoleMode;
  /** Requests being answered now. */
  inFlight: () => number;
  /** Closes the database (after the last request). */
  closeStorage: () => Promise<void>;
}

export interface StartOptions {
  /** Where lines go (stdout in `npm start`); every line is redacted first. */
  log: (line: string) => void;
  cwd?: string;
  isTenantReachable?: ProductionAppOptions['isTenantReachable'];
}

// Imported on demand so that tenant mode never loads the simulator.
async function loadSimulator(options: SimulatorOptions) {
  const { createSimulator } = await import('../../simulator/index.ts');
  return createSimulator(options);
}

function refuseMissingBuild(settings: ServerSettings) {
  if (existsSync(join(settings.clientDir, 'index.html'))) return;
  throw new StartupRefusal(
    `no built console in ${settings.clientDir}: run \`npm run build\` first (CMK_OUT_DIR names another build folder).`,
  );
}

/** Reads the settings, refuses what must not run, then listens. Throws StartupRefusal. */
export async function startConsoleServer(env: Env, options: StartOptions): Promise<ConsoleServer> {
  const settings = resolveServerSettings(env, options.cwd);
  const mode = refuseOnError(() => resolveConsoleMode(env));
  const exposure = sharedKeyExposure(mode, settings.host);
  if (exposure) throw new StartupRefusal(exposure);
  refuseMissingBuild(settings);
  const redact = createRedactor(secretsOf(mode));
  const log = (line: string) => {
    options.log(redact(line));
  };
  const storage = await startStorage(mode, env, options.cwd);
  const closeStorage = async () => storage?.close();
  const app = await createProductionApp(mode, settings, {
    createSimulator: loadSimulator,
    log,
    activityFile: readSetting(env, 'CONSOLE_ACTIVITY_FILE'),
    sessions: storage?.sessions,
    sessionSecrets: storage?.secrets,
    ...(options.isTenantReachable ? { isTenantReachable: options.isTenantReachable } : {}),
  });
  let inFlight = 0;
  const listener = nodeListener((request, env) => Promise.resolve(app.fetch(request, env)), {
    redact,
    log,
  });
  const server = createServer((req, res) => {
    inFlight += 1;
    res.once('close', () => (inFlight -= 1));
    listener(req, res);
  });
  const url = await listenOrRefuse(server, settings.port, settings.host).catch(
    async (error: unknown) => {
      await closeStorage();
      throw error;
    },
  );
  for (const line of startupBanner(mode)) log(line);
  if (storage) log(storage.summary);
  log(`Console: ${url} (serving ${settings.clientDir})`);
  return { url, server, mode, inFlight: () => inFlight, closeStorage };
}
