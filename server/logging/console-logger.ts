import { pino } from 'pino';
import { StartupRefusal } from '../production/startup-refusal.ts';
import { escapeControl } from './escape-control.ts';
import { currentRequestId } from './request-context.ts';

export type LogFormat = 'text' | 'json';

/** `CONSOLE_LOG_FORMAT`: `json` for JSON lines, `text` (the default) for people. */
export function logFormatOf(value: string | undefined): LogFormat {
  if (value === undefined || value === '' || value === 'text') return 'text';
  if (value === 'json') return 'json';
  throw new StartupRefusal(
    `CONSOLE_LOG_FORMAT is "${escapeControl(value)}"; set it to json (JSON lines) or text (the default), or leave it unset.`,
  );
}

interface LogRecord {
  time: string;
  level: string;
  requestId?: string;
  msg: string;
}

/** One record as one line a person reads: time, level, request id, message; controls escaped. */
function textLine(json: string): string {
  const { time, level, requestId, msg } = JSON.parse(json) as LogRecord;
  const id = requestId ? ` [${requestId}]` : '';
  return `${time} ${level.toUpperCase()}${id} ${escapeControl(msg)}\n`;
}

/**
 * JSON escapes CR, LF and the other C0 controls itself; DEL, the C1 controls (NEL) and U+2028/9
 * are valid raw in a JSON string, yet some readers break lines or obey escapes there, so they are
 * written as `\uXXXX` too (the same string to a JSON parser).
 */
const jsonLine = (json: string) =>
  json.replace(
    /[\u007f-\u009f\u2028\u2029]/gu,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );

export interface ConsoleLoggerOptions {
  format: LogFormat;
  /** Default stdout. Called synchronously with each whole line: nothing is lost at exit. */
  write?: (line: string) => void;
}

/**
 * The server's log: pino, one record per `log(line)`, with the request id of the request being
 * served; written synchronously on the calling thread (no worker transport that could lose lines
 * at exit). Keeps the `(line: string) => void` sink the server passes around.
 */
export function createConsoleLogger({ format, write }: ConsoleLoggerOptions) {
  const out =
    write ??
    ((line: string) => {
      process.stdout.write(line);
    });
  const logger = pino(
    {
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    {
      write: (json: string) => {
        out(format === 'json' ? jsonLine(json) : textLine(json));
      },
    },
  );
  return {
    logger,
    log: (line: string) => {
      logger.info(line);
    },
  };
}
