/*
 * Large writes in steps the page can breathe between. Building or storing tens of thousands of
 * records in one go holds the main thread for seconds; a batch at a time, with the browser free
 * in between, it never holds it for long. Inside a transaction only IndexedDB requests may be
 * awaited (anything else would let it commit early), so there the breaks are the writes' own.
 */

/** Records written per IndexedDB request inside a transaction. */
export const writeBatchSize = 1_000;

/** What a long write tells its caller, and how the caller stops it. */
export interface BatchOptions {
  /** Aborting it stops the work between two batches; inside a transaction, that rolls it back. */
  signal?: AbortSignal;
  /** The fraction written so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/** `items` cut into consecutive batches of at most `size`. */
export function batchesOf<Item>(items: readonly Item[], size: number = writeBatchSize): Item[][] {
  const batches: Item[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** Resolves in a later task, so the browser can paint and handle input first. Never inside a transaction. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Adds `records` to `table` a batch at a time, inside the caller's transaction, reporting progress
 * and stopping at `options.signal` (which, thrown inside the transaction, rolls it back).
 */
export async function addInBatches<Record>(
  table: { bulkAdd(records: readonly Record[]): Promise<unknown> },
  records: readonly Record[],
  { signal, onProgress }: BatchOptions = {},
): Promise<void> {
  let written = 0;
  for (const batch of batchesOf(records)) {
    signal?.throwIfAborted();
    await table.bulkAdd(batch);
    written += batch.length;
    onProgress?.(written / Math.max(1, records.length));
  }
  signal?.throwIfAborted();
}
