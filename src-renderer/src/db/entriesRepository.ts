import { freeUnusedAttachments, type AttachmentCleanup } from './attachmentsRepository';
import { addInBatches, type BatchOptions } from './batches';
import type { ScopeJournalDatabase } from './database';
import { inPlainWords } from '../domain/failureMessage';
import { compareNewestFirst } from '../domain/entries/search';
import { newId } from '../domain/ids';
import { normalizeTag } from '../domain/entries/entryDraft';
import { draftOf, entryRevision } from '../domain/entries/entryMerge';
import type { AttachmentRef, Entry, EntryDraft } from '../domain/types';

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
    attachments: uniqueAttachments(draft.attachments),
  };
}

/**
 * An entry's attachments as stored: each file once (by hash), and no field at all rather than an
 * empty list, so entries without attachments stay exactly as they were before attachments existed.
 */
function uniqueAttachments(attachments: EntryDraft['attachments']): EntryDraft['attachments'] {
  if (attachments === undefined || attachments.length === 0) return undefined;
  const byHash = new Map<string, AttachmentRef>();
  for (const attachment of attachments) if (!byHash.has(attachment.hash)) byHash.set(attachment.hash, attachment);
  return [...byHash.values()];
}

/** `entry` without an `attachments` field that holds nothing (a draft's cleaned fields mark "none" as undefined). */
function withoutEmptyAttachments(entry: Entry): Entry {
  if (entry.attachments !== undefined) return entry;
  const { attachments: _none, ...rest } = entry;
  return rest;
}

// A failed save leaves the editor's autosaved draft in place: the user loses nothing.
const draftKept = 'Your draft is kept.';

/** A new entry of the user's from `draft`, cleaned as the editor's saves are; not yet stored. */
export function newUserEntry(draft: EntryDraft, now: Date): Entry {
  const timestamp = now.toISOString();
  return withoutEmptyAttachments({
    ...cleanDraft(draftOf(draft)),
    id: newId(),
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: null,
    source: 'user',
  });
}

/** Adds a new entry written by the user and returns it; a failure is put in the user's words. */
export async function createEntry(database: ScopeJournalDatabase, draft: EntryDraft, now: Date = new Date()): Promise<Entry> {
  const entry = newUserEntry(draft, now);
  try {
    await database.entries.add(entry);
  } catch (error) {
    throw inPlainWords(error, draftKept);
  }
  return entry;
}

/** What became of an edit: saved, or why not (the entry changed, was trashed or deleted elsewhere). */
export type EditOutcome =
  | { status: 'saved'; entry: Entry }
  /** Another window or tab saved the entry after this editor opened: nothing was written. */
  | { status: 'changed'; current: Entry }
  /** The entry was moved to the trash elsewhere: nothing was written. */
  | { status: 'trashed'; current: Entry }
  /** The entry was deleted forever elsewhere. */
  | { status: 'missing' };

/**
 * Saves an editor's fields onto an entry, checking first that the entry is still what the editor
 * started from: `expectedRevision` is its revision then (`null` skips the check). A save only ever
 * changes the editable fields: never the entry's id, source or trash state, unless `restore` asks
 * to take it out of the trash with these changes. All in one transaction, so no other write lands
 * between the check and the save.
 */
export async function saveEntryEdit(
  database: ScopeJournalDatabase,
  id: string,
  draft: EntryDraft,
  expectedRevision: string | null,
  options: { restore?: boolean; now?: Date } = {},
): Promise<EditOutcome> {
  return database
    .transaction('rw', database.entries, async (): Promise<EditOutcome> => {
      const existing = await database.entries.get(id);
      if (!existing) return { status: 'missing' };
      if (existing.deletedAt !== null && options.restore !== true) return { status: 'trashed', current: existing };
      if (expectedRevision !== null && entryRevision(existing) !== expectedRevision) return { status: 'changed', current: existing };
      // Every editable field comes from the draft, attachments too: none in the draft removes them.
      const updated = withoutEmptyAttachments({
        ...existing,
        ...cleanDraft(draftOf(draft)),
        updatedAt: (options.now ?? new Date()).toISOString(),
        deletedAt: options.restore === true ? null : existing.deletedAt,
      });
      await database.entries.put(updated);
      return { status: 'saved', entry: updated };
    })
    .catch((error: unknown) => Promise.reject(inPlainWords(error, draftKept)));
}

/** Replaces an entry's editable fields, whatever happened to it meanwhile. Fails if it is gone or in the trash. */
export async function updateEntry(database: ScopeJournalDatabase, id: string, draft: EntryDraft, now: Date = new Date()): Promise<Entry> {
  const outcome = await saveEntryEdit(database, id, draft, null, { now });
  if (outcome.status === 'saved') return outcome.entry;
  throw new Error(
    outcome.status === 'trashed'
      ? 'This entry is in the trash; restore it before editing it.'
      : 'This entry no longer exists; it may have been deleted forever.',
  );
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

/**
 * Deletes trashed entries for good, and with them the attached files nothing else wants (see
 * `freeUnusedAttachments`, whose `cleanup` this takes), in one transaction. Entries not in the
 * trash are never touched.
 */
export async function deleteEntriesForever(
  database: ScopeJournalDatabase,
  ids: readonly string[],
  cleanup: AttachmentCleanup = {},
): Promise<number> {
  return database.transaction('rw', [database.entries, database.attachments, database.snapshots], async () => {
    const trashed = await database.entries
      .where('id')
      .anyOf([...ids])
      .filter((entry) => entry.deletedAt !== null)
      .primaryKeys();
    await database.entries.bulkDelete(trashed);
    await freeUnusedAttachments(database, cleanup);
    return trashed.length;
  });
}

/** Empties the trash: every trashed entry is deleted for good, with the files only they used. Returns how many. */
export async function emptyTrash(database: ScopeJournalDatabase, cleanup: AttachmentCleanup = {}): Promise<number> {
  return database.transaction('rw', [database.entries, database.attachments, database.snapshots], async () => {
    const trashed = await database.entries.where('deletedAt').above('').primaryKeys();
    await database.entries.bulkDelete(trashed);
    await freeUnusedAttachments(database, cleanup);
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
 * what the journal needs to paint its first screen without reading every record. `knownCount`,
 * when given, is that number already known (saved at the journal's generation), and spares the
 * count: IndexedDB counts a store by walking every record.
 */
export async function listNewestEntries(
  database: ScopeJournalDatabase,
  limit: number,
  knownCount?: number,
): Promise<{ entries: Entry[]; totalCount: number }> {
  // Independent reads, in parallel: the newest page walks the date index and skips trashed rows
  // as it goes, so it never waits for the counts.
  const [newest, totalCount] = await Promise.all([
    database.entries
      .orderBy('occurredOn')
      .reverse()
      .filter((entry) => entry.deletedAt === null)
      .limit(limit)
      .toArray(),
    knownCount ??
      Promise.all([database.entries.count(), database.entries.where('deletedAt').above('').count()]).then(
        ([all, trashed]) => all - trashed,
      ),
  ]);
  return { entries: [...newest].sort(compareNewestFirst), totalCount };
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
  return database.transaction('rw', database.entries, async () => {
    // Every lookup before the first write (see importCandidates). An id repeated within the file
    // fails its bulkAdd, and so the whole import.
    const existing = new Set(
      await database.entries
        .where('id')
        .anyOf(entries.map((entry) => entry.id))
        .primaryKeys(),
    );
    const fresh = entries.filter((entry) => !existing.has(entry.id));
    await addInBatches(database.entries, fresh, options);
    return { added: fresh.length, skipped: entries.length - fresh.length };
  });
}

/** Records what actually happened after a decision or launch, at its follow-up. */
export async function recordOutcome(database: ScopeJournalDatabase, id: string, outcome: string, now: Date = new Date()): Promise<void> {
  const updated = await database.entries.update(id, { outcome: outcome.trim(), updatedAt: now.toISOString() });
  if (updated === 0) throw new Error('This entry no longer exists; it may have been deleted forever.');
}
