import { describe, expect, it } from 'vitest';
import { resolveConsoleMode, secretsOf } from '../mode.ts';

const signIn = {
  QLIK_TENANT: 'https://acme.eu.qlikcloud.com',
  QLIK_OAUTH_CLIENT_ID: 'client',
  QLIK_OAUTH_CLIENT_SECRET: 'secret',
  CONSOLE_ORIGIN: 'https://cmk.example.com',
};

describe('sign-in mode from the environment', () => {
  it('is chosen by the OAuth client, with defaults for scopes and session lifetimes', () => {
    const mode = resolveConsoleMode(signIn);
    expect(mode).toMatchObject({
      kind: 'signin',
      tenantUrl: 'https://acme.eu.qlikcloud.com',
      tenantRegion: 'eu-west-1',
      signIn: {
        consoleOrigin: 'https://cmk.example.com',
        scopes: ['admin_classic', 'offline_access'],
        sessionIdleMs: 30 * 60_000,
        sessionAbsoluteMs: 12 * 3_600_000,
      },
    });
    expect(secretsOf(mode)).toEqual(['secret']);
  });

  it('reads scopes and lifetimes', () => {
    const mode = resolveConsoleMode({
      ...signIn,
      QLIK_OAUTH_SCOPES: 'user_default, admin_classic offline_access',
      CONSOLE_SESSION_IDLE_MINUTES: '5',
      CONSOLE_SESSION_MAX_HOURS: '2',
    });
    expect(mode).toMatchObject({
      signIn: {
        scopes: ['user_default', 'admin_classic', 'offline_access'],
        sessionIdleMs: 300_000,
      },
    });
  });

  it('names what is missing', () => {
    expect(() => resolveConsoleMode({ ...signIn, CONSOLE_ORIGIN: '' })).toThrow(
      /CONSOLE_ORIGIN is missing/,
    );
    expect(() =>
      resolveConsoleMode({ ...signIn, QLIK_OAUTH_CLIENT_SECRET: '', CONSOLE_ORIGIN: '' }),
    ).toThrow(/QLIK_OAUTH_CLIENT_SECRET, CONSOLE_ORIGIN are missing/);
    expect(() => resolveConsoleMode({ ...signIn, QLIK_TENANT: '' })).toThrow(/needs QLIK_TENANT/);
  });

  it('refuses two modes at once and a console origin with a path', () => {
    expect(() => resolveConsoleMode({ ...signIn, QLIK_API_KEY: 'k' })).toThrow(/choose one mode/);
    expect(() =>
      resolveConsoleMode({ ...signIn, CONSOLE_ORIGIN: 'https://cmk.example.com/x' }),
    ).toThrow(/origin only/);
    expect(() => resolveConsoleMode({ ...signIn, CONSOLE_ORIGIN: 'cmk.example.com' })).toThrow(
      /not a URL/,
    );
    expect(() => resolveConsoleMode({ ...signIn, CONSOLE_SESSION_IDLE_MINUTES: '0' })).toThrow(
      /at least 1/,
    );
  });

  it('reads CONSOLE_SESSION_SECRET, keeps it out of the log, and refuses a short one', () => {
    expect(resolveConsoleMode(signIn)).toMatchObject({ signIn: { sessionSecrets: null } });
    const secret = 'x'.repeat(32);
    const mode = resolveConsoleMode({ ...signIn, CONSOLE_SESSION_SECRET: secret });
    expect(mode).toMatchObject({ signIn: { sessionSecrets: [secret] } });
    expect(secretsOf(mode)).toEqual(['secret', secret]);
    expect(() => resolveConsoleMode({ ...signIn, CONSOLE_SESSION_SECRET: 'short' })).toThrow(
      /CONSOLE_SESSION_SECRET must be at least 32 characters/,
    );
  });
});
