/** A new random UUID (v4) for a record. */
export function newId(): string {
  return crypto.randomUUID();
}
