import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { StartupRefusal } from '../production/startup-refusal.ts';
import { createConsoleLogger, logFormatOf } from './console-logger.ts';
import { escapeControl } from './escape-control.ts';
import { requestContext } from './request-context.ts';

const FORGED = [
  'GET /providers\r\n2026-12-03T00:00:00.000Z INFO GET deleteKeyProvider 204 1ms',
  'name\nwith a line feed',
  'ansi \u001b[31mred\u001b[0m and a bell \u0007',
  'line\u2028separator and paragraph\u2029separator',
  'next line\u0085 (C1) and DEL\u007f and NUL\u0000',
  'vertical\u000btab and form\u000cfeed and tab\there',
];

const ONE_LINE = /^[^\n\r\u2028\u2029\u0085]*\n$/u;

function capture(format: 'text' | 'json') {
  const lines: string[] = [];
  const { log } = createConsoleLogger({ format, write: (line) => lines.push(line) });
  return { log, lines };
}

describe('escapeControl', () => {
  it('escapes every C0 and C1 control, DEL and the Unicode separators, and nothing else', () => {
    expect(escapeControl('a\r\nb\u001b[0m\u2028\u0085\u007f')).toBe(
      'a\\x0d\\x0ab\\x1b[0m\\u2028\\x85\\x7f',
    );
    expect(escapeControl('Ada Lovelace — CMK - 01 (ünïcødé) 🔑')).toBe(
      'Ada Lovelace — CMK - 01 (ünïcødé) 🔑',
    );
  });
});

describe.each(['text', 'json'] as const)('the %s log', (format) => {
  it.each(FORGED)('writes %j as exactly one line', (forged) => {
    const { log, lines } = capture(format);
    log(forged);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(ONE_LINE);
    // eslint-disable-next-line no-control-regex -- no raw control may be left
    expect(lines[0]).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    if (format === 'json') {
      expect((JSON.parse(lines[0] ?? '') as { msg: string }).msg).toBe(forged);
    }
  });

  it('puts the request id in every line logged while serving that request', async () => {
    const { log, lines } = capture(format);
    const app = new Hono();
    app.use(requestContext());
    app.get('/', async (c) => {
      log('first');
      await new Promise((resolve) => setTimeout(resolve, 5));
      log('after waiting');
      return c.text('ok');
    });
    await Promise.all([
      app.request('http://console.local/', { headers: { 'x-request-id': 'req-abc.123' } }),
      app.request('http://console.local/', { headers: { 'x-request-id': '\u001b[2J wipe' } }),
    ]);
    log('between requests');
    const ids = lines.map((line) =>
      format === 'json'
        ? (JSON.parse(line) as { requestId?: string }).requestId
        : /^\S+ INFO(?: \[([^\]]+)\])? /.exec(line)?.[1],
    );
    expect(ids.filter((id) => id === 'req-abc.123')).toHaveLength(2);
    const made = ids.filter((id) => id !== undefined && id !== 'req-abc.123');
    expect(made).toHaveLength(2);
    expect(made[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(made[1]).toBe(made[0]);
    expect(ids.at(-1)).toBeUndefined();
    expect(lines.join('')).not.toContain('wipe');
  });
});

describe('CONSOLE_LOG_FORMAT', () => {
  it.each([
    [undefined, 'text'],
    ['', 'text'],
    ['text', 'text'],
    ['json', 'json'],
  ])('%j is %s', (value, format) => {
    expect(logFormatOf(value)).toBe(format);
  });

  it('refuses anything else, saying what to set', () => {
    expect(() => logFormatOf('yaml\n')).toThrow(StartupRefusal);
    expect(() => logFormatOf('yaml\n')).toThrow(
      'CONSOLE_LOG_FORMAT is "yaml\\x0a"; set it to json (JSON lines) or text (the default), or leave it unset.',
    );
  });
});
