/** The outcome of the last action in a section, shown beside it: a confirmation or a problem. */
export type Status = { tone: 'info' | 'error'; message: string } | null;

/** The message of a thrown Error, which the data layer writes for the user to read. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
