import { batchesOf, type BatchOptions } from './batches';
import type { ScopeJournalDatabase } from './database';
import { inPlainWords } from '../domain/failureMessage';
import { compareNewestFirst } from '../domain/entries/search';
import { newId } from '../domain/ids';
import { normalizeTag } from '../domain/entries/entryDraft';
import type { Entry, EntryDraft } from '../domain/types';

/** Cleans what a user typed before it is stored: trimmed text, unique normalised tags. */
function cleanDraft(draft: EntryDraft): EntryDraft {
  const tags = [...new Set(draft.tags.map(normalizeTag).filter(Boolean))];
  const people = [...new Set(draft.people.map((person) => person.trim()).filter(Boolean))];
  return {
    ...draft,
    title: draft.title.trim(),
    tags,
    people,
    competencies: [...new Set(draft.competencies)],
    options: draft.options.map((option) => option.trim()).filter(Boolean),
    links: draft.links.filter((link) => link.url.trim() !== ''),
  };
}

// A failed save leaves the editor's autosaved draft in place: the user loses nothing.
const draftKept = 'Your draft is kept.';

/** Adds a new entry written by the user and returns it; a failure is put in the user's words. */
export async function createEntry(database: ScopeJournalDatabase, draft: EntryDraft, now: Date = new Date()): Promise<Entry> {
  const timestamp = now.toISOString();
  const entry: Entry = {
    ...cleanDraft(draft),
    id: newId(),
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: null,
    source: 'user',
  };
  try {
    await database.entries.add(entry);
  } catch (error) {
    throw inPlainWords(error, draftKept);
  }
  return entry;
}

/** Replaces an entry's editable fields. Fails if the entry no longer exists. */
export async function updateEntry(database: ScopeJournalDatabase, id: string, draft: EntryDraft, now: Date = new Date()): Promise<Entry> {
  return database
    .transaction('rw', database.entries, async () => {
      const existing = await database.entries.get(id);
      if (!existing) throw new Error('This entry no longer exists; it may have been deleted forever.');
      const updated: Entry = { ...existing, ...cleanDraft(draft), updatedAt: now.toISOString() };
      await database.entries.put(updated);
      return updated;
    })
    .catch((error: unknown) => Promise.reject(inPlainWords(error, draftKept)));
}

/** Changes one flag without touching the rest: starring from the list. */
export async function setEntryStarred(database: ScopeJournalDatabase, id: string, starred: boolean): Promise<void> {
  await database.entries.update(id, { starred, updatedAt: new Date().toISOString() });
}

/** Moves entries to the trash; they stay recoverable until the trash is emptied. */
export async function moveEntriesToTrash(database: ScopeJournalDatabase, ids: readonly string[], now: Date = new Date()): Promise<void> {
  const deletedAt = now.toISOString();
  await database.transaction('rw', database.entries, async () => {
    await database.entries
      .where('id')
      .anyOf([...ids])
      .modify({ deletedAt, updatedAt: deletedAt });
  });
}

/** Takes entries back out of the trash. */
export async function restoreEntries(database: ScopeJournalDatabase, ids: readonly string[], now: Date = new Date()): Promise<void> {
  await database.transaction('rw', database.entries, async () => {
    await database.entries
      .where('id')
      .anyOf([...ids])
      .modify({ deletedAt: null, updatedAt: now.toISOString() });
  });
}

/** Deletes trashed entries for good. Entries not in the trash are never touched. */
export async function deleteEntriesForever(database: ScopeJournalDatabase, ids: readonly string[]): Promise<number> {
  return database.transaction('rw', database.entries, async () => {
    const trashed = await database.entries
      .where('id')
      .anyOf([...ids])
      .filter((entry) => entry.deletedAt !== null)
      .primaryKeys();
    await database.entries.bulkDelete(trashed);
    return trashed.length;
  });
}

/** Empties the trash: every trashed entry is deleted for good. Returns how many. */
export async function emptyTrash(database: ScopeJournalDatabase): Promise<number> {
  return database.transaction('rw', database.entries, async () => {
    const trashed = await database.entries.where('deletedAt').above('').primaryKeys();
    await database.entries.bulkDelete(trashed);
    return trashed.length;
  });
}

/** Every entry not in the trash, newest first. */
export async function listJournalEntries(database: ScopeJournalDatabase): Promise<Entry[]> {
  const all = await database.entries.toArray();
  return all.filter((entry) => entry.deletedAt === null).sort(compareNewestFirst);
}

/**
 * The newest `limit` entries not in the trash, and how many such entries there are in all:
 * what the journal needs to paint its first screen without reading every record.
 */
export async function listNewestEntries(database: ScopeJournalDatabase, limit: number): Promise<{ entries: Entry[]; totalCount: number }> {
  // Three independent reads, in parallel: the newest page walks the date index and skips
  // trashed rows as it goes, so it never waits for the counts.
  const [newest, allCount, trashedCount] = await Promise.all([
    database.entries
      .orderBy('occurredOn')
      .reverse()
      .filter((entry) => entry.deletedAt === null)
      .limit(limit)
      .toArray(),
    database.entries.count(),
    database.entries.where('deletedAt').above('').count(),
  ]);
  return { entries: [...newest].sort(compareNewestFirst), totalCount: allCount - trashedCount };
}

/** Entries in the trash, most recently trashed first. */
export async function listTrashedEntries(database: ScopeJournalDatabase): Promise<Entry[]> {
  const trashed = await database.entries.where('deletedAt').above('').toArray();
  return [...trashed].sort((a, b) => ((a.deletedAt ?? '') < (b.deletedAt ?? '') ? 1 : -1));
}

/**
 * Adds the sample journal. All or nothing: if any entry fails, none is added. Entries already
 * present (the sample loaded twice) are replaced by the fresh copy rather than duplicated.
 */
export async function loadSampleJournal(database: ScopeJournalDatabase, entries: readonly Entry[]): Promise<void> {
  await database.transaction('rw', database.entries, async () => {
    await database.entries.where('source').equals('sample').delete();
    await database.entries.bulkAdd(entries.map((entry) => ({ ...entry, source: 'sample' as const })));
  });
}

/**
 * Removes every sample entry, trashed or not, in one step. The user's own entries — including
 * ones they wrote while exploring the sample — are untouched.
 */
export async function removeSampleJournal(database: ScopeJournalDatabase): Promise<number> {
  return database.transaction('rw', database.entries, () => database.entries.where('source').equals('sample').delete());
}

/** How many entries of the sample journal are in the database. */
export async function countSampleEntries(database: ScopeJournalDatabase): Promise<number> {
  return database.entries.where('source').equals('sample').count();
}

/**
 * Adds entries from a file, all or nothing. Entries whose id is already in the journal are
 * skipped, so importing the same file twice adds nothing the second time. Written in batches
 * within the one transaction (see `batches.ts`); aborting `options.signal` rolls it back.
 */
export async function importEntries(
  database: ScopeJournalDatabase,
  entries: readonly Entry[],
  options: BatchOptions = {},
): Promise<{ added: number; skipped: number }> {
  const { signal, onProgress } = options;
  return database.transaction('rw', database.entries, async () => {
    let added = 0;
    const seen = new Set<string>();
    for (const batch of batchesOf(entries)) {
      signal?.throwIfAborted();
      const existing = new Set(
        await database.entries
          .where('id')
          .anyOf(batch.map((entry) => entry.id))
          .primaryKeys(),
      );
      const fresh = batch.filter((entry) => !existing.has(entry.id) && !seen.has(entry.id));
      for (const entry of fresh) seen.add(entry.id);
      await database.entries.bulkAdd(fresh);
      added += fresh.length;
      onProgress?.(added / Math.max(1, entries.length));
    }
    signal?.throwIfAborted();
    return { added, skipped: entries.length - added };
  });
}

export async function recordOutcome(database: ScopeJournalDatabase, id: string, outcome: string, now: Date = new Date()): Promise<void> {
  const updated = await database.entries.update(id, { outcome: outcome.trim(), updatedAt: now.toISOString() });
  if (updated === 0) throw new Error('This entry no longer exists; it may have been deleted forever.');
}
