export const REDACTED = '[REDACTED]';

/** Replaces every occurrence of the given secrets; everything the proxy logs goes through one. */
export function createRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const present = secrets.filter((secret): secret is string => Boolean(secret));
  return (text) => present.reduce((result, secret) => result.split(secret).join(REDACTED), text);
}
