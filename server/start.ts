// `npm start`: the production server. Built into <build>-server/start.js by `npm run build`.
import { createConsoleLogger, logFormatOf } from './logging/console-logger.ts';
import { closeGracefully, SHUTDOWN_GRACE_MS } from './production/graceful-shutdown.ts';
import { startConsoleServer, type ConsoleServer } from './production/start-server.ts';
import { StartupRefusal } from './production/startup-refusal.ts';

type Log = (line: string) => void;

function stopOnSignals(running: ConsoleServer, log: Log) {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: stopping now`);
      process.exit(1);
    }
    stopping = true;
    log(
      `${signal}: no new connections; finishing ${running.inFlight()} request(s) in flight (up to ${SHUTDOWN_GRACE_MS / 1000} s)`,
    );
    void closeGracefully(running.server).then(async (outcome) => {
      await running.closeStorage().catch((error: unknown) => {
        log(`The database did not close cleanly: ${String(error)}`);
      });
      log(
        outcome === 'drained'
          ? 'Stopped'
          : `Stopped; requests still running after ${SHUTDOWN_GRACE_MS / 1000} s were cut`,
      );
      process.exit(outcome === 'drained' ? 0 : 1);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

try {
  const { log } = createConsoleLogger({ format: logFormatOf(process.env.CONSOLE_LOG_FORMAT) });
  stopOnSignals(await startConsoleServer(process.env, { log }), log);
} catch (error) {
  if (!(error instanceof StartupRefusal)) throw error;
  console.error(`The console server did not start: ${error.message}`);
  process.exit(1);
}
