// The two kinds of failure: a user's mistake (ConfigError) and everything else.

/** A mistake in what the user asked for: quote the value, say what was expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** Each mistake on its own, in the order to read them (one for most errors); the message is them one per line. */
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : [...problems];
    super(list.join('\n'));
    this.problems = list;
  }
}

/** Runs every check and throws the problems of all that fail as one ConfigError: mistakes are fixed in one round. */
export function checkAll(...checks: (() => void)[]): void {
  const problems: string[] = [];
  for (const check of checks) {
    try {
      check();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length) throw new ConfigError(problems);
}

/** The message of anything thrown, including the plain strings opa-wasm throws. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/** Wrap a thrown value once at a boundary with a short lowercase label. */
export function wrapError(label: string, error: unknown): Error {
  if (error instanceof ConfigError) return error;
  return new Error(`${label}: ${errorMessage(error)}`, { cause: error });
}
