import { describe, expect, it } from 'vitest';
import {
  consoleHostsOf,
  normaliseHost,
  parseAllowedHosts,
  viteAllowedHosts,
} from './console-hosts.ts';
import { resolveConsoleMode, type ConsoleMode } from './mode.ts';

const KEY_MODE: ConsoleMode = {
  kind: 'tenant',
  tenantUrl: 'https://acme.eu.qlikcloud.com',
  apiKey: 'k',
  readOnly: false,
};
const SIGN_IN_ENV = {
  QLIK_TENANT: 'https://acme.eu.qlikcloud.com',
  QLIK_OAUTH_CLIENT_ID: 'id',
  QLIK_OAUTH_CLIENT_SECRET: 'secret',
  CONSOLE_ORIGIN: 'https://cmk.example.com',
};

describe('consoleHostsOf', () => {
  it.each<[string, Record<string, string>]>([
    ['API-key', { QLIK_TENANT: 'https://acme.eu.qlikcloud.com', QLIK_API_KEY: 'k' }],
    ['simulator', {}],
    ['simulated fleet', { SIM_FLEET: '2' }],
  ])('%s mode: the loopback names on the listening port', (_, env) => {
    const { hosts, origins } = consoleHostsOf(resolveConsoleMode(env), 4173);
    expect([...hosts]).toEqual(['127.0.0.1:4173', 'localhost:4173', '[::1]:4173']);
    expect([...origins]).toEqual([
      'http://127.0.0.1:4173',
      'http://localhost:4173',
      'http://[::1]:4173',
    ]);
  });

  it('on port 80 a Host without a port is the same name', () => {
    expect([...consoleHostsOf(KEY_MODE, 80).hosts]).toEqual(['127.0.0.1', 'localhost', '[::1]']);
  });

  it("sign-in mode: CONSOLE_ORIGIN's host only, not the loopback names", () => {
    const { hosts, origins } = consoleHostsOf(resolveConsoleMode(SIGN_IN_ENV), 4173);
    expect([...hosts]).toEqual(['cmk.example.com']);
    expect([...origins]).toEqual(['https://cmk.example.com']);
  });

  it('adds CONSOLE_ALLOWED_HOSTS, each reachable over https and http with its port', () => {
    const env = { ...SIGN_IN_ENV, CONSOLE_ALLOWED_HOSTS: 'cmk.internal, Proxy.Example.com:8443' };
    const { hosts, origins } = consoleHostsOf(resolveConsoleMode(env), 4173);
    expect([...hosts]).toEqual(['cmk.example.com', 'cmk.internal', 'proxy.example.com:8443']);
    expect([...origins]).toEqual([
      'https://cmk.example.com',
      'https://cmk.internal',
      'http://cmk.internal',
      'https://proxy.example.com:8443',
      'http://proxy.example.com:8443',
    ]);
  });

  it('gives Vite the names without ports, so its own host check stays in step', () => {
    const env = { ...SIGN_IN_ENV, CONSOLE_ALLOWED_HOSTS: 'cmk.internal:8443' };
    expect(viteAllowedHosts(resolveConsoleMode(env))).toEqual(['cmk.example.com', 'cmk.internal']);
    expect(viteAllowedHosts(KEY_MODE)).toEqual(['127.0.0.1', 'localhost', '[::1]']);
  });
});

describe('parseAllowedHosts (CONSOLE_ALLOWED_HOSTS)', () => {
  it('reads names, addresses and ports, comma separated', () => {
    expect(
      parseAllowedHosts('a.example.com,10.0.0.5:8080 , [2001:db8::1]:443,xn--bcher-kva.ch'),
    ).toEqual(['a.example.com', '10.0.0.5:8080', '[2001:db8::1]:443', 'xn--bcher-kva.ch']);
    expect(parseAllowedHosts(undefined)).toEqual([]);
  });

  it.each([
    'https://cmk.example.com',
    'cmk.example.com/',
    'cmk.example.com/path',
    'admin@cmk.example.com',
    '*.example.com',
    '.example.com',
    'cmk.example.com:0',
    'cmk.example.com:65536',
    'cmk.example.com:',
    '-cmk.example.com',
    'cmk_example.com',
    'cmk example.com',
    '',
  ])('refuses "%s", naming it', (entry) => {
    expect(() => parseAllowedHosts(`ok.example.com,${entry}`)).toThrow(
      `CONSOLE_ALLOWED_HOSTS: "${entry}" is not a host name or host:port`,
    );
  });

  it('refuses a malformed entry when the mode is resolved (start-up)', () => {
    expect(() => resolveConsoleMode({ CONSOLE_ALLOWED_HOSTS: 'https://cmk.example.com' })).toThrow(
      /CONSOLE_ALLOWED_HOSTS: "https:\/\/cmk\.example\.com"/,
    );
  });
});

describe('normaliseHost', () => {
  it.each([
    ['LOCALHOST:4173', 'localhost:4173'],
    ['localhost:80', 'localhost'],
    ['[0:0:0:0:0:0:0:1]:4173', '[::1]:4173'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s reads as %s', (value, host) => {
    expect(normaliseHost(value)).toBe(host);
  });

  it.each(['a/b', 'a@b', 'a b', '', 'a:b', '[zz]'])('%s is no host', (value) => {
    expect(normaliseHost(value)).toBeNull();
  });
});
