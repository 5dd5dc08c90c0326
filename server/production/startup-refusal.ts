/** A setting that stops the server before it listens; its message tells the operator what to do. */
export class StartupRefusal extends Error {
  override name = 'StartupRefusal';
}

/** Runs a settings parser and turns its error into a refusal (the parsers throw plain Errors). */
export function refuseOnError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof StartupRefusal) throw error;
    throw new StartupRefusal(error instanceof Error ? error.message : String(error));
  }
}
