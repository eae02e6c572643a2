import type { ScopeJournalDatabase } from './database';
import { inboxLimits } from '../domain/backup/backupRecordSchemas';
import { inPlainWords } from '../domain/failureMessage';
import { entryDraftOf, mergedEntryDraft } from '../domain/evidence/inboxEntries';
import type { Entry, EntryDraft, EvidenceDraft, EvidenceItem } from '../domain/types';
import { newUserEntry } from './entriesRepository';

/*
 * The Inbox's writes. Each is one transaction over the drafts, the record of every source item
 * ever drafted (`evidenceItems`) and, when a draft becomes an entry, the entries: a draft is never
 * both accepted and still waiting, and a failure changes nothing.
 */

/** The prefix of a new-entry editor's draft id when it edits an Inbox draft ("Edit and accept"). */
const inboxEditorPrefix = 'inbox:';

/** The new-entry editor id for editing Inbox draft `draftId` before accepting it. */
export function inboxEditorDraftId(draftId: string): string {
  return `${inboxEditorPrefix}${draftId}`;
}

/** The Inbox draft a new-entry editor id edits, or null for an ordinary new entry. */
export function inboxDraftIdOfEditor(newDraftId: string | undefined): string | null {
  return newDraftId?.startsWith(inboxEditorPrefix) ? newDraftId.slice(inboxEditorPrefix.length) : null;
}

/** Every draft waiting, newest first. */
export async function listDrafts(database: ScopeJournalDatabase): Promise<EvidenceDraft[]> {
  const drafts = await database.drafts.orderBy('occurredOn').reverse().toArray();
  return drafts;
}

/** The keys of every source item ever drafted, whatever became of its draft. */
export async function knownItemKeys(database: ScopeJournalDatabase): Promise<string[]> {
  return database.evidenceItems.toCollection().primaryKeys();
}

/**
 * Adds the drafts `make` returns, given the keys of every source item ever drafted (so a rescan
 * drafts only what is new), and records their items. `make` runs inside the transaction, so two
 * scans at once cannot both draft the same commit. Returns the drafts added.
 *
 * A draft keeps at most `inboxLimits.itemKeys` of its keys (a backup's limit): every key is still
 * recorded, so the items beyond it are known and never drafted again either.
 */
export async function addDrafts(
  database: ScopeJournalDatabase,
  make: (known: ReadonlySet<string>) => EvidenceDraft[],
  now: Date = new Date(),
): Promise<EvidenceDraft[]> {
  const updatedAt = now.toISOString();
  return database.transaction('rw', database.drafts, database.evidenceItems, async () => {
    const known = new Set(await knownItemKeys(database));
    const made = make(known);
    const items: EvidenceItem[] = made.flatMap((draft) => draft.itemKeys.map((key) => ({ key, state: 'drafted' as const, updatedAt })));
    const drafts = made.map((draft) =>
      draft.itemKeys.length > inboxLimits.itemKeys ? { ...draft, itemKeys: draft.itemKeys.slice(0, inboxLimits.itemKeys) } : draft,
    );
    await database.drafts.bulkAdd(drafts);
    await database.evidenceItems.bulkPut(items);
    return drafts;
  });
}

/**
 * Adds drafts made outside the transaction (in the file worker, from `knownItemKeys`), leaving
 * out any with an item another scan drafted since. Returns the drafts added.
 */
export function addPreparedDrafts(database: ScopeJournalDatabase, drafts: readonly EvidenceDraft[], now: Date = new Date()) {
  return addDrafts(database, (known) => drafts.filter((draft) => !draft.itemKeys.some((key) => known.has(key))), now);
}

/** Marks the items of `drafts` with their final state and removes the drafts. */
async function settle(database: ScopeJournalDatabase, drafts: readonly EvidenceDraft[], state: EvidenceItem['state'], updatedAt: string) {
  await database.drafts.bulkDelete(drafts.map((draft) => draft.id));
  await database.evidenceItems.bulkPut(drafts.flatMap((draft) => draft.itemKeys.map((key) => ({ key, state, updatedAt }))));
}

/** The drafts with these ids; throws when one is gone (accepted or dismissed elsewhere). */
async function draftsWithIds(database: ScopeJournalDatabase, ids: readonly string[]): Promise<EvidenceDraft[]> {
  const found = await database.drafts.bulkGet([...ids]);
  const drafts = found.filter((draft): draft is EvidenceDraft => draft !== undefined);
  if (drafts.length !== ids.length)
    throw new Error('A draft was already accepted or dismissed, perhaps in another window. Nothing was changed.');
  return drafts;
}

/** Makes each draft an entry as it is. Returns the entries. */
export async function acceptDrafts(database: ScopeJournalDatabase, ids: readonly string[], now: Date = new Date()): Promise<Entry[]> {
  const timestamp = now.toISOString();
  try {
    return await database.transaction('rw', database.entries, database.drafts, database.evidenceItems, async () => {
      const drafts = await draftsWithIds(database, ids);
      const entries = drafts.map((draft) => newUserEntry(entryDraftOf(draft), now));
      await database.entries.bulkAdd(entries);
      await settle(database, drafts, 'accepted', timestamp);
      return entries;
    });
  } catch (error) {
    throw inPlainWords(error);
  }
}

/** Makes one entry of several drafts (see `mergedEntryDraft`). Returns it. */
export async function mergeDrafts(database: ScopeJournalDatabase, ids: readonly string[], now: Date = new Date()): Promise<Entry> {
  const timestamp = now.toISOString();
  try {
    return await database.transaction('rw', database.entries, database.drafts, database.evidenceItems, async () => {
      const drafts = await draftsWithIds(database, ids);
      const entry = newUserEntry(mergedEntryDraft(drafts), now);
      await database.entries.add(entry);
      await settle(database, drafts, 'accepted', timestamp);
      return entry;
    });
  } catch (error) {
    throw inPlainWords(error);
  }
}

/**
 * Saves what the user made of a draft in the editor ("Edit and accept") as a new entry, and takes
 * the draft out of the Inbox. Should the draft be gone meanwhile, the user's entry is still saved.
 */
export async function acceptEditedDraft(
  database: ScopeJournalDatabase,
  draftId: string,
  edited: EntryDraft,
  now: Date = new Date(),
): Promise<Entry> {
  const timestamp = now.toISOString();
  return database.transaction('rw', database.entries, database.drafts, database.evidenceItems, async () => {
    const entry = newUserEntry(edited, now);
    await database.entries.add(entry);
    const draft = await database.drafts.get(draftId);
    if (draft) await settle(database, [draft], 'accepted', timestamp);
    return entry;
  });
}

/** Removes drafts from the Inbox for good: their items are never drafted again. Returns them, for undo. */
export async function dismissDrafts(
  database: ScopeJournalDatabase,
  ids: readonly string[],
  now: Date = new Date(),
): Promise<EvidenceDraft[]> {
  const timestamp = now.toISOString();
  return database.transaction('rw', database.drafts, database.evidenceItems, async () => {
    const drafts = await draftsWithIds(database, ids);
    await settle(database, drafts, 'dismissed', timestamp);
    return drafts;
  });
}

/** Undoes `dismissDrafts`: the drafts wait in the Inbox again. */
export async function undoDismiss(database: ScopeJournalDatabase, drafts: readonly EvidenceDraft[], now: Date = new Date()): Promise<void> {
  const updatedAt = now.toISOString();
  await database.transaction('rw', database.drafts, database.evidenceItems, async () => {
    await database.drafts.bulkPut([...drafts]);
    await database.evidenceItems.bulkPut(
      drafts.flatMap((draft) => draft.itemKeys.map((key) => ({ key, state: 'drafted' as const, updatedAt }))),
    );
  });
}
