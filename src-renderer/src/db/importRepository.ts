import type { ImportCandidate, ImportFormat } from '../domain/imports/importTypes';
import { entriesFromCandidates, importKeyOf, type ImportDefaults } from '../domain/imports/importPlan';
import type { Entry } from '../domain/types';
import type { ScopeJournalDatabase } from './database';

/** What an import wrote, for the summary afterwards. */
export interface ImportOutcome {
  added: number;
  /** Entries the journal already had (imported before), or repeated within the file. */
  skipped: number;
  firstDay: string | null;
  lastDay: string | null;
}

/**
 * Writes the candidates of an import as entries, all or nothing, in one transaction. Entries whose
 * import key the journal already holds are skipped, so importing a file again adds only what is new.
 */
export async function importCandidates(
  database: ScopeJournalDatabase,
  source: ImportFormat,
  candidates: readonly ImportCandidate[],
  defaults: ImportDefaults,
  now: Date = new Date(),
): Promise<ImportOutcome> {
  // Keys are hashed before the transaction: awaiting WebCrypto inside one would end it.
  const planned = await entriesFromCandidates(source, candidates, defaults, new Set(), now);
  return database.transaction('rw', database.entries, async () => {
    const keys = planned.entries.flatMap((entry) => (entry.importKey === undefined ? [] : [entry.importKey]));
    const known = new Set((await database.entries.where('importKey').anyOf(keys).keys()).map(String));
    const fresh = planned.entries.filter((entry) => entry.importKey === undefined || !known.has(entry.importKey));
    await database.entries.bulkAdd(fresh);
    const days = fresh.map((entry) => entry.occurredOn).sort();
    return {
      added: fresh.length,
      skipped: candidates.length - fresh.length,
      firstDay: days[0] ?? null,
      lastDay: days.at(-1) ?? null,
    };
  });
}

/**
 * How many of a file's entries the journal does not have yet, for the preview's "Import N entries":
 * candidates are matched by import key, Scope Journal entries by id (both within the file, too).
 */
export async function countNewImports(
  database: ScopeJournalDatabase,
  read: { source: ImportFormat | 'scope-journal-entries'; candidates: readonly ImportCandidate[] | null; entries: readonly Entry[] | null },
): Promise<{ fresh: number; duplicates: number }> {
  const keys =
    read.candidates && read.source !== 'scope-journal-entries'
      ? await Promise.all(read.candidates.map((candidate) => importKeyOf(read.source as ImportFormat, candidate)))
      : (read.entries ?? []).map((entry) => entry.id);
  const index = read.candidates ? database.entries.where('importKey') : database.entries.where('id');
  const known = new Set((await index.anyOf(keys).keys()).map(String));
  const unique = new Set(keys.filter((key) => !known.has(key)));
  return { fresh: unique.size, duplicates: keys.length - unique.size };
}
