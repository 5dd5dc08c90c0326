/** Unset and blank are the same thing in a `.env` file (`QLIK_API_KEY=`). */
export function readSetting(
  env: Record<string, string | undefined>,
  name: string,
): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

export function parseFlag(name: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  const normalised = value.toLowerCase();
  if (TRUE.includes(normalised)) return true;
  if (FALSE.includes(normalised)) return false;
  throw new Error(`${name}=${value} is not a yes/no value. Use ${name}=true or ${name}=false.`);
}

export function parseWholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) {
    throw new Error(`${name}=${value} is not a whole number (expected e.g. ${name}=${fallback}).`);
  }
  return Number(value);
}
