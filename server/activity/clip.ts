/** `text` cut to at most `max` UTF-16 units, marked with an ellipsis; never a lone surrogate. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export const clipOrNull = (text: string | null, max: number) =>
  text === null ? null : clip(text, max);
