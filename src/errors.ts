// The two kinds of failure: a user's mistake (ConfigError) and everything else.

/** A mistake in what the user asked for: quote the value, say what was expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
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
