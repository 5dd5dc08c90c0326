import { describe, expect, it } from 'vitest';
import { withConsoleOrigins } from './console-origins.ts';
import { isConsoleOrigin, isCrossOriginRequest } from './same-origin.ts';

const OWN = new Set(['http://127.0.0.1:4173', 'http://localhost:4173', 'https://cmk.example.com']);

describe('isConsoleOrigin: scheme, host and port, nothing else', () => {
  it.each(['http://127.0.0.1:4173', 'http://localhost:4173', 'https://cmk.example.com'])(
    '%s is the console',
    (origin) => {
      expect(isConsoleOrigin(origin, OWN)).toBe(true);
    },
  );

  it.each([
    ['another port', 'http://127.0.0.1:4174'],
    ['another scheme', 'https://127.0.0.1:4173'],
    ['http for an https origin', 'http://cmk.example.com'],
    ['the default port written out', 'https://cmk.example.com:443'],
    ['a rebinding name', 'http://attacker.example:4173'],
    ['user info', 'http://user@127.0.0.1:4173'],
    ['user and password', 'https://a:b@cmk.example.com'],
    ['a path', 'https://cmk.example.com/x'],
    ['a trailing slash', 'https://cmk.example.com/'],
    ['a query', 'https://cmk.example.com?x'],
    ['null (sandboxed frames, file://)', 'null'],
    ['another scheme entirely', 'file:///etc'],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('%s (%s) is not', (_, origin) => {
    expect(isConsoleOrigin(origin, OWN)).toBe(false);
  });
});

function request(headers: Record<string, string>) {
  // Host agrees with the forged Origin: the rule must not read it.
  return new Request('http://attacker.example:4173/api/x', { method: 'POST', headers });
}

describe('isCrossOriginRequest', () => {
  it('compares Origin with the console’s origins, never with Host', () => {
    withConsoleOrigins(OWN, () => {
      expect(isCrossOriginRequest(request({ origin: 'http://attacker.example:4173' }))).toBe(true);
      expect(isCrossOriginRequest(request({ origin: 'http://localhost:4173' }))).toBe(false);
    });
  });

  it('refuses Sec-Fetch-Site: cross-site even without an Origin', () => {
    withConsoleOrigins(OWN, () => {
      expect(isCrossOriginRequest(request({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
      expect(isCrossOriginRequest(request({ 'sec-fetch-site': 'same-origin' }))).toBe(false);
    });
  });

  it('lets a request without Origin or Sec-Fetch-Site pass (not a browser’s)', () => {
    withConsoleOrigins(OWN, () => {
      expect(isCrossOriginRequest(request({}))).toBe(false);
    });
  });

  it('outside the host check, no Origin is the console’s', () => {
    expect(isCrossOriginRequest(request({ origin: 'http://localhost:4173' }))).toBe(true);
    expect(isCrossOriginRequest(request({}))).toBe(false);
  });
});
