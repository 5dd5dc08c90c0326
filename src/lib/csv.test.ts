import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x', 1],
          [true, null],
        ],
      ),
    ).toBe('a,b\r\nx,1\r\ntrue,\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['v'], [['a,b'], ['say "hi"'], ['two\nlines']])).toBe(
      'v\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n',
    );
  });

  it('keeps a spreadsheet from running a typed name as a formula', () => {
    expect(toCsv(['v'], [['=HYPERLINK("x")'], ['+1'], ['@SUM(A1)'], ['-2']])).toBe(
      'v\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'@SUM(A1)\r\n\'-2\r\n',
    );
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=cmd', '"\'\r=cmd"'],
    ['\n=cmd', '"\'\n=cmd"'],
    ['   =cmd', "'   =cmd"],
    ['\u00a0\u3000+cmd', "'\u00a0\u3000+cmd"],
    ['\uFF1DHYPERLINK(1)', "'\uFF1DHYPERLINK(1)"],
    ['\uFF0B1', "'\uFF0B1"],
    ['\uFF0D1', "'\uFF0D1"],
    ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    [' \uFF1Dcmd', "' \uFF1Dcmd"],
  ])('guards the text %j', (text, written) => {
    expect(toCsv(['v'], [[text]])).toBe(`v\r\n${written}\r\n`);
  });

  it.each([
    ['CMK - 01'],
    ['Finance key'],
    ['2026-11-29T10:30:00.000Z'],
    ['a=b'],
    ['user@example.com'],
    ['The key is in use'],
  ])('leaves the ordinary text %j as it is', (text) => {
    expect(toCsv(['v'], [[text]])).toBe(`v\r\n${text}\r\n`);
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(toCsv(['n'], [[-2], [424]])).toBe('n\r\n-2\r\n424\r\n');
  });
});
