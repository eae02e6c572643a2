/**
 * The error an export fails with: what went wrong, the cause's message when there is one, and
 * that nothing was saved, so that the user reads every failure the same way.
 */
export function exportFailure(what: string, cause?: unknown): Error {
  if (cause === undefined) {
    return new Error(`${what}; nothing was saved.`);
  }
  return new Error(`${what} (${describe(cause)}); nothing was saved.`, { cause });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
