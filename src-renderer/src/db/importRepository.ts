import type { NewAttachment } from '../domain/types';
import type { ImportCandidate, ImportFormat } from '../domain/imports/importTypes';
import { entriesFromCandidates, importKeyOf, type ImportDefaults } from '../domain/imports/importPlan';
import type { Entry } from '../domain/types';
import { storeAttachments } from './attachmentsRepository';
import { addInBatches, batchesOf, nextTask, type BatchOptions } from './batches';
import type { ScopeJournalDatabase } from './database';

/** What an import wrote, for the summary afterwards. */
export interface ImportOutcome {
  added: number;
  /** Entries the journal already had (imported before), or repeated within the file. */
  skipped: number;
  firstDay: string | null;
  lastDay: string | null;
  /** Files stored for the entries added (each once, however many entries have it). */
  attachedFiles: number;
}

/** How an import writes: in batches, cancellable, with the files its entries bring. */
export interface ImportOptions extends BatchOptions {
  /** The files the candidates' `attachments` refer to (`prepareImport` makes them); those of entries not added are left out. */
  files?: readonly NewAttachment[];
}

/** Candidates turned into entries between two breaks for the browser. */
const planBatchSize = 2_000;

/**
 * The entries an import writes, built a batch at a time with the browser free in between, each
 * batch deduplicated against the ones before it.
 */
async function planEntries(
  source: ImportFormat,
  candidates: readonly ImportCandidate[],
  defaults: ImportDefaults,
  now: Date,
  signal: AbortSignal | undefined,
): Promise<Entry[]> {
  const planned: Entry[] = [];
  const seen = new Set<string>();
  for (const batch of batchesOf(candidates, planBatchSize)) {
    signal?.throwIfAborted();
    const { entries } = await entriesFromCandidates(source, batch, defaults, seen, now);
    for (const entry of entries) {
      planned.push(entry);
      if (entry.importKey !== undefined) seen.add(entry.importKey);
    }
    await nextTask();
  }
  return planned;
}

/**
 * Writes the candidates of an import as entries, all or nothing, in one transaction. Entries whose
 * import key the journal already holds are skipped, so importing a file again adds only what is new.
 * The entries are built before the transaction and written in batches inside it, so a large file
 * never holds the page for long; aborting `options.signal` rolls everything back.
 *
 * The files the added entries refer to (`options.files`) are stored in the same transaction, with
 * `storeAttachments`, before the entries: if either write fails, neither the entries nor the files
 * are kept, so no file is left that nothing refers to.
 */
export async function importCandidates(
  database: ScopeJournalDatabase,
  source: ImportFormat,
  candidates: readonly ImportCandidate[],
  defaults: ImportDefaults,
  now: Date = new Date(),
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  // Keys are hashed before the transaction: awaiting WebCrypto inside one would end it.
  const planned = await planEntries(source, candidates, defaults, now, options.signal);
  const files = options.files ?? [];
  return database.transaction('rw', [database.entries, database.attachments], async () => {
    // Every lookup before the first write: reads between writes would make each batch wait for
    // the writes before it, doubling the import's time.
    const keys = planned.flatMap((entry) => (entry.importKey === undefined ? [] : [entry.importKey]));
    const known = new Set((await database.entries.where('importKey').anyOf(keys).keys()).map(String));
    const fresh = planned.filter((entry) => entry.importKey === undefined || !known.has(entry.importKey));
    const referenced = new Set(fresh.flatMap((entry) => (entry.attachments ?? []).map((attachment) => attachment.hash)));
    const stored = files.filter((file) => referenced.has(file.hash));
    if (stored.length > 0) {
      try {
        // Joins this transaction (its table is in it), so a failure below undoes these files too.
        await storeAttachments(database, stored, now);
      } catch (error) {
        // The engine's own error: the page says the import changed nothing, not that nothing was attached.
        throw error instanceof Error && error.cause !== undefined ? error.cause : error;
      }
    }
    await addInBatches(database.entries, fresh, options);
    const days = fresh.map((entry) => entry.occurredOn).sort();
    return {
      added: fresh.length,
      skipped: candidates.length - fresh.length,
      firstDay: days[0] ?? null,
      lastDay: days.at(-1) ?? null,
      attachedFiles: stored.length,
    };
  });
}

/**
 * How many of a file's entries the journal does not have yet, for the preview's "Import N entries":
 * candidates are matched by import key, Scope Journal entries by id (both within the file, too).
 * `keys`, when the worker already computed them (`prepareImport`), saves hashing again. Looked up
 * a batch at a time with the browser free in between, so a large file never holds the page.
 */
export async function countNewImports(
  database: ScopeJournalDatabase,
  read: { source: ImportFormat | 'scope-journal-entries'; candidates: readonly ImportCandidate[] | null; entries: readonly Entry[] | null },
  keys?: readonly string[],
): Promise<{ fresh: number; duplicates: number }> {
  const allKeys =
    keys ??
    (read.candidates && read.source !== 'scope-journal-entries'
      ? await Promise.all(read.candidates.map((candidate) => importKeyOf(read.source as ImportFormat, candidate)))
      : (read.entries ?? []).map((entry) => entry.id));
  const known = new Set<string>();
  for (const batch of batchesOf(allKeys, planBatchSize)) {
    const index = read.candidates ? database.entries.where('importKey') : database.entries.where('id');
    for (const key of (await index.anyOf(batch).keys()).map(String)) known.add(key);
    await nextTask();
  }
  const unique = new Set(allKeys.filter((key) => !known.has(key)));
  return { fresh: unique.size, duplicates: allKeys.length - unique.size };
}
