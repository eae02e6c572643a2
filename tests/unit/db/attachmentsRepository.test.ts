import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFreshDatabase } from './freshDatabase';
import { emptyTables } from '../backupFactory';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import {
  attachmentGracePeriodMs,
  attachmentUsage,
  readAttachment,
  storeAttachments,
  type NewAttachment,
} from '../../../src-renderer/src/db/attachmentsRepository';
import {
  createEntry,
  deleteEntriesForever,
  emptyTrash,
  moveEntriesToTrash,
  restoreEntries,
  saveEntryEdit,
} from '../../../src-renderer/src/db/entriesRepository';
import { restoreBackup } from '../../../src-renderer/src/db/backupRepository';
import { readBackupText, serializeBackup } from '../../../src-renderer/src/domain/backup/backupFile';
import { emptyDraft } from '../../../src-renderer/src/domain/entries/entryDraft';
import type { AttachmentRef, EntryDraft } from '../../../src-renderer/src/domain/types';

let database: ScopeJournalDatabase;

beforeEach(async () => {
  database = await openFreshDatabase();
});

afterEach(() => database.delete());

/**
 * A file as `addAttachmentFiles` stores it. (fake-indexeddb cannot clone a jsdom Blob's bytes;
 * that the bytes come back is shown by the end-to-end tests, across a reload, in Chromium.)
 */
function file(hash: string, byteSize = 100): NewAttachment {
  const blob = new Blob([new Uint8Array(byteSize)], { type: 'image/png' });
  return { hash: hash.repeat(64).slice(0, 64), mediaType: 'image/png', byteSize, blob, thumbnail: blob };
}

function refTo(attachment: NewAttachment, fileName = 'shot.png'): AttachmentRef {
  return { hash: attachment.hash, fileName, mediaType: attachment.mediaType, byteSize: attachment.byteSize, width: 1, height: 1 };
}

function draftWith(title: string, attachments: AttachmentRef[]): EntryDraft {
  return { ...emptyDraft('win', '2026-11-01'), title, attachments };
}

const longAgo = new Date('2026-11-01T10:00:00Z');
const now = new Date('2026-11-18T10:00:00Z');
const storedHashes = async () => (await database.attachments.orderBy('hash').primaryKeys()).map((hash) => hash.slice(0, 1));

describe('storing attachments', () => {
  it('stores the same file once, however often it is added, and moves only when it was last added', async () => {
    const shot = file('a');
    await storeAttachments(database, [shot], longAgo);
    await storeAttachments(database, [shot, file('b')], now);
    expect(await database.attachments.count()).toBe(2);
    const stored = await readAttachment(database, shot.hash);
    expect(stored).toMatchObject({ byteSize: 100, createdAt: longAgo.toISOString(), lastAddedAt: now.toISOString() });
    expect(stored?.thumbnail).not.toBeNull();
    expect(await attachmentUsage(database)).toEqual({ fileCount: 2, byteSize: 200 });
  });

  it('stores all or nothing', async () => {
    const broken = { ...file('c'), hash: undefined as unknown as string };
    await expect(storeAttachments(database, [file('a'), broken], now)).rejects.toThrow('Nothing was attached.');
    expect(await database.attachments.count()).toBe(0);
  });

  it('reports no usage when nothing is attached', async () => {
    expect(await attachmentUsage(database)).toEqual({ fileCount: 0, byteSize: 0 });
  });
});

describe('entries with attachments', () => {
  it('keeps the references on the entry, each file once, and no field on an entry without any', async () => {
    const shot = file('a');
    const plain = await createEntry(database, draftWith('Plain', []));
    const withFiles = await createEntry(database, draftWith('Shots', [refTo(shot), refTo(shot, 'again.png')]));
    expect('attachments' in (await database.entries.get(plain.id))!).toBe(false);
    expect((await database.entries.get(withFiles.id))?.attachments).toEqual([refTo(shot)]);
  });

  it('removes every attachment when an edit saves none, and adds them in an edit', async () => {
    const shot = file('a');
    const entry = await createEntry(database, draftWith('Shots', [refTo(shot)]));
    const removed = await saveEntryEdit(database, entry.id, draftWith('Shots', []), null);
    expect(removed.status === 'saved' && 'attachments' in removed.entry).toBe(false);
    expect('attachments' in (await database.entries.get(entry.id))!).toBe(false);
    await saveEntryEdit(database, entry.id, draftWith('Shots', [refTo(shot)]), null);
    expect((await database.entries.get(entry.id))?.attachments).toEqual([refTo(shot)]);
  });

  it('follow their entry into the trash and back', async () => {
    const shot = file('a');
    await storeAttachments(database, [shot], longAgo);
    const entry = await createEntry(database, draftWith('Shots', [refTo(shot)]));
    await moveEntriesToTrash(database, [entry.id]);
    // Emptying nothing else: the trashed entry still refers to its file, which stays.
    expect(await deleteEntriesForever(database, [], { now })).toBe(0);
    expect(await database.attachments.count()).toBe(1);
    await restoreEntries(database, [entry.id]);
    expect((await database.entries.get(entry.id))?.attachments).toEqual([refTo(shot)]);
    expect(await readAttachment(database, shot.hash)).toBeDefined();
  });
});

describe('deleting forever frees only what nothing else wants', () => {
  it('frees a file only its deleted entry used, and keeps one another entry still uses', async () => {
    const own = file('a');
    const shared = file('b');
    await storeAttachments(database, [own, shared], longAgo);
    const deleted = await createEntry(database, draftWith('Deleted', [refTo(own), refTo(shared)]));
    await createEntry(database, draftWith('Kept', [refTo(shared)]));
    await moveEntriesToTrash(database, [deleted.id]);
    expect(await deleteEntriesForever(database, [deleted.id], { now })).toBe(1);
    expect(await storedHashes()).toEqual(['b']);
  });

  it('keeps files an unsaved draft holds, and any added within the last day', async () => {
    const drafted = file('a');
    const recent = file('b');
    const orphan = file('c');
    await storeAttachments(database, [drafted, orphan], longAgo);
    await storeAttachments(database, [recent], new Date(now.getTime() - attachmentGracePeriodMs + 60_000));
    const entry = await createEntry(database, draftWith('Trashed', []));
    await moveEntriesToTrash(database, [entry.id]);
    await emptyTrash(database, { keep: new Set([drafted.hash]), now });
    expect(await storedHashes()).toEqual(['a', 'b']);
    // A day later, the recent one is spared no more; the draft's file still is.
    await emptyTrash(database, { keep: new Set([drafted.hash]), now: new Date(now.getTime() + attachmentGracePeriodMs) });
    expect(await storedHashes()).toEqual(['a']);
  });

  it('keeps a file that a safety snapshot mentions, so undoing a restore brings it back', async () => {
    const shot = file('a');
    await storeAttachments(database, [shot], longAgo);
    await createEntry(database, draftWith('Before the restore', [refTo(shot)]));
    // Restoring an empty backup replaces the journal; the snapshot taken first holds the entry.
    const empty = await readBackupText(await serializeBackup(emptyTables));
    if (!empty.ok) throw new Error(empty.problem);
    await restoreBackup(database, empty.backup, 'replace', now);
    expect(await database.entries.count()).toBe(0);
    await emptyTrash(database, { now });
    expect(await storedHashes()).toEqual(['a']);
    await database.snapshots.clear();
    await emptyTrash(database, { now });
    expect(await storedHashes()).toEqual([]);
  });
});
