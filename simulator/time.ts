/** `2023-06-21T18:59:18Z`: the second-precision form the API uses for provider dates. */
export function toSecondsTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2023-07-18T12:08:04.634711507Z`: migrations start with nanosecond precision on the wire. */
export function toNanosTimestamp(epochMs: number): string {
  const belowMillis = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
  return new Date(epochMs).toISOString().replace(/Z$/, `${belowMillis}Z`);
}
