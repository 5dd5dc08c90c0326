import type { IncomingMessage } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Connect, Logger, Plugin } from 'vite';
import { escapeControl } from './logging/escape-control.ts';
import { createRedactor } from '../proxy/redact.ts';
import type { SimulatorOptions } from '../simulator/contract.ts';
import { readSetting } from './common/env-values.ts';
import { nodeListener } from './common/node-listener.ts';
import { createConsoleApp, type ConsoleAppOptions } from './console-app.ts';
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
  options: CmkApiPluginOptions & { securityHeaders: boolean; activityFile: string | undefined },
): Promise<Connect.NextHandleFunction> {
  const redact = createRedactor(secretsOf(mode));
  const log = (line: string) => {
    logger.warn(escapeControl(redact(line)), { timestamp: true });
  };
  const createSimulator = options.createSimulator ?? loadSimulator;
  const { securityHeaders, activityFile } = options;
  const app = await createConsoleApp(mode, { createSimulator, log, securityHeaders, activityFile });
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

/** `vite --host` exposes the shared key to the network as `HOST=0.0.0.0` would `npm start`. */
function refuseExposedKey(mode: ConsoleMode, host: string | boolean | undefined) {
  const address = host === true ? '0.0.0.0' : host || 'localhost';
  const exposure = sharedKeyExposure(mode, address);
  if (exposure) throw new Error(exposure.replace(/^HOST=\S+/, `--host ${address}`));
}

/**
 * Serves the encryption API to the console from `vite` and `vite preview`: proxied to the tenant
 * named by QLIK_TENANT with the server-side QLIK_API_KEY, or answered by the built-in simulator.
 */
export function cmkApiPlugin(options: CmkApiPluginOptions = {}): Plugin {
  let mode: ConsoleMode | undefined;
  let activityFile: string | undefined;
  const modeOrThrow = () => {
    if (!mode) throw new Error('cmkApiPlugin: the console mode was not resolved');
    return mode;
  };
  return {
    name: 'cmk-api',
    apply: 'serve',
    configResolved(config) {
      const env = options.env ?? loadConsoleEnv(config.mode, config.envDir);
      mode = resolveConsoleMode(env);
      activityFile = readSetting(env, 'CONSOLE_ACTIVITY_FILE');
    },
    async configureServer(server) {
      refuseExposedKey(modeOrThrow(), server.config.server.host);
      const { logger } = server.config;
      for (const line of startupBanner(modeOrThrow())) logger.info(line);
      const middleware = { ...options, securityHeaders: false, activityFile };
      server.middlewares.use(await consoleMiddleware(modeOrThrow(), logger, middleware));
    },
    async configurePreviewServer(server) {
      refuseExposedKey(modeOrThrow(), server.config.preview.host);
      const { logger } = server.config;
      for (const line of startupBanner(modeOrThrow())) logger.info(line);
      const middleware = { ...options, securityHeaders: true, activityFile };
      server.middlewares.use(await consoleMiddleware(modeOrThrow(), logger, middleware));
    },
  };
}
