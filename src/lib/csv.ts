/**
 * RFC 4180 CSV with CRLF line ends. A text cell a spreadsheet could run as a formula gets a
 * leading apostrophe: one that starts with a tab, CR or LF, or whose first non-blank character is
 * `=`, `+`, `-`, `@` or their full-width forms (＝ ＋ － ＠), which spreadsheets read the same.
 * Names and descriptions are typed by people. Numbers (status codes, counts) stay numbers, a
 * negative one included: only text can hold a formula. A text "-2" is prefixed like any other.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export type CsvCell = string | number | boolean | null;

const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

function cell(value: CsvCell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
