import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Logger, Plugin } from 'vite';
import type { SimulatorOptions } from '../simulator/contract.ts';
import { createConsoleRoutes, routeOf, type ConsoleRouteOptions } from './console-routes.ts';
import { loadConsoleEnv, resolveConsoleMode, type ConsoleMode } from './mode.ts';
import { nodeHandler, requestUrl } from './node-bridge.ts';
import { createRedactor } from './redact.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { startupBanner } from './startup-banner.ts';

export interface CmkApiPluginOptions {
  /** Instead of `.env` files and `process.env` (tests). */
  env?: Record<string, string | undefined>;
  createSimulator?: ConsoleRouteOptions['createSimulator'];
}

// Imported on demand so that tenant mode never loads the simulator.
async function loadSimulator(options: SimulatorOptions) {
  const { createSimulator } = await import('../simulator/index.ts');
  return createSimulator(options);
}

async function consoleMiddleware(mode: ConsoleMode, logger: Logger, options: CmkApiPluginOptions) {
  const redact = createRedactor([mode.kind === 'tenant' ? mode.apiKey : undefined]);
  const log = (line: string) => {
    logger.warn(redact(line), { timestamp: true });
  };
  const createSimulator = options.createSimulator ?? loadSimulator;
  const routes = await createConsoleRoutes(mode, { createSimulator, log });
  const handlers = {
    api: nodeHandler(routes.api, { redact, log }),
    control: nodeHandler(routes.control, { redact, log }),
    info: nodeHandler(routes.info, { redact, log }),
  };
  return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    const route = routeOf(requestUrl(req).pathname);
    if (route) handlers[route](req, res);
    else next();
  };
}

function addSecurityHeaders(_req: IncomingMessage, res: ServerResponse, next: () => void) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  next();
}

/**
 * Serves the encryption API to the console from `vite` and `vite preview`: proxied to the tenant
 * named by QLIK_TENANT with the server-side QLIK_API_KEY, or answered by the built-in simulator.
 */
export function cmkApiPlugin(options: CmkApiPluginOptions = {}): Plugin {
  let mode: ConsoleMode | undefined;
  const modeOrThrow = () => {
    if (!mode) throw new Error('cmkApiPlugin: the console mode was not resolved');
    return mode;
  };
  return {
    name: 'cmk-api',
    apply: 'serve',
    configResolved(config) {
      mode = resolveConsoleMode(options.env ?? loadConsoleEnv(config.mode, config.envDir));
    },
    async configureServer(server) {
      const { logger } = server.config;
      for (const line of startupBanner(modeOrThrow())) logger.info(line);
      server.middlewares.use(await consoleMiddleware(modeOrThrow(), logger, options));
    },
    async configurePreviewServer(server) {
      const { logger } = server.config;
      for (const line of startupBanner(modeOrThrow())) logger.info(line);
      server.middlewares.use(addSecurityHeaders);
      server.middlewares.use(await consoleMiddleware(modeOrThrow(), logger, options));
    },
  };
}
