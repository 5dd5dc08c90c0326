import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

const CONSOLE = 'https://cmk.example.com';

describe('returnTo, read as a browser reads it', () => {
  it.each([
    ['/providers', '/providers'],
    ['/providers/9f35?tab=history#top', '/providers/9f35?tab=history#top'],
    ['/activity?person=Ada%20Admin', '/activity?person=Ada%20Admin'],
    ['/pro\tviders', '/providers'],
    ['/%09/evil', '/%09/evil'],
    ['%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/%2F/evil.example', '/%2F/evil.example'],
    ['/%5C/evil.example', '/%5C/evil.example'],
    ['https://cmk.example.com/activity', '/activity'],
    ['providers', '/providers'],
    ['/auth/done', '/auth/done'],
    // Same scheme without slashes is a path here; a full-width solidus is just a character.
    ['https:evil.example', '/evil.example'],
    ['\uFF0F\uFF0Fevil.example', '/%EF%BC%8F%EF%BC%8Fevil.example'],
  ])('keeps the console path %j as %j', (value, expected) => {
    expect(safeReturnTo(value, CONSOLE)).toBe(expected);
  });

  it.each([
    undefined,
    '',
    '//evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '\t//evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/\r\n/evil.example',
    '\x0b//evil.example',
    ' //evil.example',
    '/.//evil.example',
    '/a/..//evil.example',
    'https://evil.example',
    'https://evil.example/providers',
    'http://cmk.example.com/providers',
    'https://cmk.example.com:8443/providers',
    'https://cmk.example.com.evil.example/',
    'https://ada@evil.example/',
    'https://cmk.example.com@evil.example/',
    'https://ada:pw@cmk.example.com/providers',
    'javascript:alert(document.domain)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    `/${'a'.repeat(2000)}`,
    '/auth/login?returnTo=/auth/login',
    '/auth/callback?code=x&state=y',
    '/auth/logout',
  ])('sends %j to / instead', (value) => {
    expect(safeReturnTo(value, CONSOLE)).toBe('/');
  });

  it('never hands back a control character, whatever comes in', () => {
    for (let code = 0; code < 0x20; code += 1) {
      const char = String.fromCharCode(code);
      for (const value of [`/${char}`, `/a${char}b`, `${char}/a`, `/a?x=${char}`, `/a#${char}`]) {
        const path = safeReturnTo(value, CONSOLE);
        expect(path).toMatch(/^\/(?![/\\])[\x21-\x7e]*$|^\/$/);
      }
    }
  });
});
