import type { IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Connect, Logger, Plugin } from 'vite';
import { escapeControl } from './logging/escape-control.ts';
import { createRedactor } from '../proxy/redact.ts';
import type { SimulatorOptions } from '../simulator/contract.ts';
import { readSetting } from './common/env-values.ts';
import { nodeListener } from './common/node-listener.ts';
import { createConsoleApp, type ConsoleAppOptions } from './console-app.ts';
import { viteAllowedHosts } from './console-hosts.ts';
import { startStorage, type StartedStorage } from './db/start-storage.ts';
import { resolveConsoleMode, secretsOf, type ConsoleMode } from './mode.ts';
import { sharedKeyExposure } from './production/loopback.ts';
import { startupBanner } from './startup-banner.ts';
import { loadConsoleEnv } from './vite-env.ts';

export interface CmkApiPluginOptions {
  /** Instead of `.env` files and `process.env` (tests). */
  env?: Record<string, string | undefined>;
  createSimulator?: ConsoleAppOptions['createSimulator'];
}

/** Marks the answer for a path the console app leaves to Vite. */
const PASS_TO_VITE = 'x-cmk-pass-to-vite';

// Imported on demand so that tenant mode never loads the simulator.
async function loadSimulator(options: SimulatorOptions) {
  const { createSimulator } = await import('../simulator/index.ts');
  return createSimulator(options);
}

async function consoleMiddleware(
  mode: ConsoleMode,
  logger: Logger,
  options: CmkApiPluginOptions & {
    securityHeaders: boolean;
    activityFile: string | undefined;
    storage: StartedStorage | undefined;
  },
): Promise<Connect.NextHandleFunction> {
  const redact = createRedactor(secretsOf(mode));
  const log = (line: string) => {
    logger.warn(escapeControl(redact(line)), { timestamp: true });
  };
  const createSimulator = options.createSimulator ?? loadSimulator;
  const { securityHeaders, activityFile } = options;
  const app = await createConsoleApp(mode, {
    createSimulator,
    log,
    securityHeaders,
    activityFile,
    sessions: options.storage?.sessions,
    sessionSecrets: options.storage?.secrets,
  });
  app.notFound(() => new Response(null, { status: 404, headers: { [PASS_TO_VITE]: '1' } }));
  const nextOf = new WeakMap<IncomingMessage, Connect.NextFunction>();
  const listener = nodeListener(
    async (request, env) => {
      const response = await app.fetch(request, env);
      if (!response.headers.has(PASS_TO_VITE)) return response;
      // Vite answers this path; it keeps the headers the app's middleware added (security).
      response.headers.forEach((value, name) => {
        if (name !== PASS_TO_VITE) env.outgoing.setHeader(name, value);
      });
      nextOf.get(env.incoming)?.();
      return RESPONSE_ALREADY_SENT;
    },
    { redact, log },
  );
  return (req, res, next) => {
    nextOf.set(req, next);
    listener(req, res);
  };
}

/**
 * Before Vite's own middleware (its host check, CORS, files), so that a foreign `Host` meets the
 * console's refusal, which names CONSOLE_ALLOWED_HOSTS, on every path.
 */
function mountFirst(middlewares: Connect.Server, handle: Connect.NextHandleFunction) {
  middlewares.stack.unshift({ route: '', handle });
}

/** `vite --host` exposes the shared key to the network as `HOST=0.0.0.0` would `npm start`. */
function refuseExposedKey(mode: ConsoleMode, host: string | boolean | undefined) {
  const address = host === true ? '0.0.0.0' : host || 'localhost';
  const exposure = sharedKeyExposure(mode, address);
  if (exposure) throw new Error(exposure.replace(/^HOST=\S+/, `--host ${address}`));
}

// Vite restarts its server in the same process (a config change): the database stays open across
// restarts, since its data directory admits one opener per process.
let openStorage: Promise<StartedStorage | undefined> | undefined;
const storageOnce = (mode: ConsoleMode, env: Record<string, string | undefined>) =>
  (openStorage ??= startStorage(mode, env));

/**
 * Serves the encryption API to the console from `vite` and `vite preview`: proxied to the tenant
 * named by QLIK_TENANT with the server-side QLIK_API_KEY, or answered by the built-in simulator.
 */
export function cmkApiPlugin(options: CmkApiPluginOptions = {}): Plugin {
  let mode: ConsoleMode | undefined;
  let activityFile: string | undefined;
  let env: Record<string, string | undefined> = {};
  const modeOrThrow = () => {
    if (!mode) throw new Error('cmkApiPlugin: the console mode was not resolved');
    return mode;
  };
  return {
    name: 'cmk-api',
    apply: 'serve',
    // Vite's own host check (its pages, its HMR socket) allows the names the console answers.
    config(config, { mode: viteMode }) {
      const root = resolve(config.root ?? '');
      const envDir = config.envDir === false ? false : resolve(root, config.envDir ?? '');
      env = options.env ?? loadConsoleEnv(viteMode, envDir);
      mode = resolveConsoleMode(env);
      activityFile = readSetting(env, 'CONSOLE_ACTIVITY_FILE');
      const allowedHosts = viteAllowedHosts(mode);
      return { server: { allowedHosts }, preview: { allowedHosts } };
    },
    async configureServer(server) {
      refuseExposedKey(modeOrThrow(), server.config.server.host);
      const { logger } = server.config;
      for (const line of startupBanner(modeOrThrow())) logger.info(line);
      const storage = await storageOnce(modeOrThrow(), env);
      if (storage) logger.info(storage.summary);
      const middleware = { ...options, securityHeaders: false, activityFile, storage };
      mountFirst(server.middlewares, await consoleMiddleware(modeOrThrow(), logger, middleware));
    },
    async configurePreviewServer(server) {
      refuseExposedKey(modeOrThrow(), server.config.preview.host);
      const { logger } = server.config;
      for (const line of startupBanner(modeOrThrow())) logger.info(line);
      const storage = await storageOnce(modeOrThrow(), env);
      if (storage) logger.info(storage.summary);
      const middleware = { ...options, securityHeaders: true, activityFile, storage };
      mountFirst(server.middlewares, await consoleMiddleware(modeOrThrow(), logger, middleware));
    },
  };
}
