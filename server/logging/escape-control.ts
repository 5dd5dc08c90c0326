/** C0 controls (CR, LF, tab, ESC…), DEL, C1 controls, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;

const hex = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * `text` with every character that a terminal or a log reader could take as a line break or a
 * command written as an escape (`\x0d\x0a`, `\x1b`, `\u2028`): no value from a request can start
 * a new log line or recolour one.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, hex);
}
