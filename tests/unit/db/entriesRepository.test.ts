import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFreshDatabase } from './freshDatabase';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import {
  createEntry,
  deleteEntriesForever,
  emptyTrash,
  importEntries,
  listJournalEntries,
  listNewestEntries,
  listTrashedEntries,
  loadSampleJournal,
  moveEntriesToTrash,
  removeSampleJournal,
  restoreEntries,
  saveEntryEdit,
  updateEntry,
} from '../../../src-renderer/src/db/entriesRepository';
import { emptyDraft } from '../../../src-renderer/src/domain/entries/entryDraft';
import { makeEntry } from '../entryFactory';

let database: ScopeJournalDatabase;

beforeEach(async () => {
  database = await openFreshDatabase();
});

afterEach(() => database.delete());

describe('entries repository', () => {
  it('creates entries with cleaned fields and lists them newest first', async () => {
    await createEntry(database, { ...emptyDraft('win', '2026-01-01'), title: '  Older  ', tags: ['#Perf', 'perf', ' '] });
    await createEntry(database, { ...emptyDraft('win', '2026-02-01'), title: 'Newer', people: ['Ann', ' Ann '] });
    const entries = await listJournalEntries(database);
    expect(entries.map((entry) => entry.title)).toEqual(['Newer', 'Older']);
    expect(entries[1]?.tags).toEqual(['perf']);
    expect(entries[0]?.people).toEqual(['Ann']);
    expect(entries[0]?.source).toBe('user');
  });

  it('updates an entry and refuses one that no longer exists', async () => {
    const entry = await createEntry(database, { ...emptyDraft(), title: 'Draft' }, new Date('2026-01-01T00:00:00Z'));
    const updated = await updateEntry(database, entry.id, { ...emptyDraft(), title: 'Final' }, new Date('2026-01-02T00:00:00Z'));
    expect(updated).toMatchObject({ title: 'Final', createdAt: entry.createdAt, updatedAt: '2026-01-02T00:00:00.000Z' });
    await expect(updateEntry(database, 'missing', emptyDraft())).rejects.toThrow('no longer exists');
  });

  it('moves to the trash, restores, and deletes for good only what is trashed', async () => {
    const kept = await createEntry(database, { ...emptyDraft(), title: 'Kept' });
    const trashed = await createEntry(database, { ...emptyDraft(), title: 'Trashed' });
    await moveEntriesToTrash(database, [trashed.id]);
    expect((await listJournalEntries(database)).map((entry) => entry.title)).toEqual(['Kept']);
    expect((await listTrashedEntries(database)).map((entry) => entry.title)).toEqual(['Trashed']);

    await restoreEntries(database, [trashed.id]);
    expect(await listTrashedEntries(database)).toEqual([]);

    await moveEntriesToTrash(database, [trashed.id]);
    expect(await deleteEntriesForever(database, [kept.id, trashed.id])).toBe(1);
    expect((await listJournalEntries(database)).map((entry) => entry.title)).toEqual(['Kept']);

    await moveEntriesToTrash(database, [kept.id]);
    expect(await emptyTrash(database)).toBe(1);
    expect(await database.entries.count()).toBe(0);
  });

  it('loads and removes the sample without touching the user’s entries', async () => {
    const own = await createEntry(database, { ...emptyDraft(), title: 'Mine' });
    const sample = [makeEntry({ source: 'sample' }), makeEntry({ source: 'sample', deletedAt: '2026-01-01T00:00:00.000Z' })];
    await loadSampleJournal(database, sample);
    await loadSampleJournal(database, sample);
    expect(await database.entries.count()).toBe(3);
    expect(await removeSampleJournal(database)).toBe(2);
    expect((await database.entries.toArray()).map((entry) => entry.id)).toEqual([own.id]);
  });

  it('imports all or nothing and never duplicates', async () => {
    const first = makeEntry();
    expect(await importEntries(database, [first])).toEqual({ added: 1, skipped: 0 });
    const second = makeEntry();
    expect(await importEntries(database, [first, second])).toEqual({ added: 1, skipped: 1 });
    // A broken batch (a repeated id) fails whole: nothing of it is written.
    const third = makeEntry();
    await expect(importEntries(database, [third, third])).rejects.toThrow();
    expect(await database.entries.get(third.id)).toBeUndefined();
  });
});

describe('first page', () => {
  it('lists the newest entries outside the trash with the full count', async () => {
    for (const day of ['01', '02', '03', '04', '05']) {
      await database.entries.add(makeEntry({ occurredOn: `2026-01-${day}`, title: day }));
    }
    await database.entries.add(makeEntry({ occurredOn: '2026-02-01', title: 'trashed', deletedAt: '2026-02-02T00:00:00.000Z' }));
    const page = await listNewestEntries(database, 3);
    expect(page.entries.map((entry) => entry.title)).toEqual(['05', '04', '03']);
    expect(page.totalCount).toBe(5);
  });

  it('saves an edit only over the revision the editor started from', async () => {
    const entry = await createEntry(database, { ...emptyDraft('win', '2026-01-01'), title: 'First' }, new Date('2026-01-01T00:00:00Z'));
    const elsewhere = await updateEntry(
      database,
      entry.id,
      { ...emptyDraft('win', '2026-01-01'), title: 'Elsewhere' },
      new Date('2026-01-02T00:00:00Z'),
    );
    const stale = await saveEntryEdit(database, entry.id, { ...emptyDraft('win', '2026-01-01'), title: 'Mine' }, entry.updatedAt);
    expect(stale).toEqual({ status: 'changed', current: elsewhere });
    const fresh = await saveEntryEdit(database, entry.id, { ...emptyDraft('win', '2026-01-01'), title: 'Mine' }, elsewhere.updatedAt, {
      now: new Date('2026-01-03T00:00:00Z'),
    });
    expect(fresh.status === 'saved' && fresh.entry.title).toBe('Mine');
  });

  it('never changes the trash state with a save, unless asked to restore', async () => {
    const entry = await createEntry(database, { ...emptyDraft('win', '2026-01-01'), title: 'Kept' });
    await moveEntriesToTrash(database, [entry.id], new Date('2026-01-02T00:00:00Z'));
    // What an editor opened before the trash would send: the whole old entry, trash state included.
    const formerEntry = { ...entry, title: 'Edited' };
    const refused = await saveEntryEdit(database, entry.id, formerEntry, null);
    expect(refused.status).toBe('trashed');
    expect((await database.entries.get(entry.id))?.title).toBe('Kept');
    const restored = await saveEntryEdit(database, entry.id, formerEntry, null, { restore: true });
    expect(restored.status === 'saved' && restored.entry.deletedAt).toBeNull();
    expect((await listJournalEntries(database)).map((item) => item.title)).toEqual(['Edited']);
    await moveEntriesToTrash(database, [entry.id]);
    await deleteEntriesForever(database, [entry.id]);
    expect(await saveEntryEdit(database, entry.id, formerEntry, null)).toEqual({ status: 'missing' });
  });
});
