import type { ScopeJournalDatabase } from './database';
import { inPlainWords } from '../domain/failureMessage';
import type { NewAttachment, StoredAttachment } from '../domain/types';

export type { NewAttachment } from '../domain/types';

/**
 * How long a stored file is spared by the clean-up after it was last added, whether or not anything
 * refers to it yet: an editor holds its new attachments unsaved (and writes its draft a moment after
 * a change), and another window may be adding the same file. A day covers both with room to spare.
 */
export const attachmentGracePeriodMs = 24 * 60 * 60 * 1000;

/**
 * Stores files, all or nothing, in one transaction. A file already stored (the same bytes, by
 * hash) is stored once: it keeps its bytes and thumbnail, and only its `lastAddedAt` moves, so the
 * clean-up spares it while the editor that added it again has not saved yet.
 */
export async function storeAttachments(
  database: ScopeJournalDatabase,
  files: readonly NewAttachment[],
  now: Date = new Date(),
): Promise<void> {
  const timestamp = now.toISOString();
  try {
    await database.transaction('rw', database.attachments, async () => {
      const existing = await database.attachments.bulkGet(files.map((file) => file.hash));
      const known = new Set(existing.flatMap((row) => (row ? [row.hash] : [])));
      const fresh = new Map<string, StoredAttachment>();
      for (const file of files) {
        if (!known.has(file.hash)) fresh.set(file.hash, { ...file, createdAt: timestamp, lastAddedAt: timestamp });
      }
      await database.attachments.bulkAdd([...fresh.values()]);
      await database.attachments
        .where('hash')
        .anyOf([...known])
        .modify({ lastAddedAt: timestamp });
    });
  } catch (error) {
    throw inPlainWords(error, 'Nothing was attached.');
  }
}

/** One stored file by hash; undefined when it is not stored (an entry restored from another computer's backup). */
export async function readAttachment(database: ScopeJournalDatabase, hash: string): Promise<StoredAttachment | undefined> {
  return database.attachments.get(hash);
}

/** Space the stored files take: how many, and their bytes (thumbnails left out: they are small). */
export interface AttachmentUsage {
  fileCount: number;
  byteSize: number;
}

/** How many files are stored and how many bytes they take, from the `byteSize` index alone (no row is read). */
export async function attachmentUsage(database: ScopeJournalDatabase): Promise<AttachmentUsage> {
  const sizes = (await database.attachments.orderBy('byteSize').keys()) as number[];
  return { fileCount: sizes.length, byteSize: sizes.reduce((total, size) => total + size, 0) };
}

/** What the clean-up must leave besides what entries refer to. */
export interface AttachmentCleanup {
  /** Hashes still wanted outside the database: those the editors' kept drafts refer to. */
  keep?: ReadonlySet<string>;
  now?: Date;
}

/**
 * Deletes every stored file nothing wants any more, and returns how many. Run inside a read-write
 * transaction over `entries`, `attachments` and `snapshots` (deleting entries forever does so), so
 * no write can add a reference between the check and the delete.
 *
 * A file is kept when an entry refers to it (in the trash too: restoring brings its files back),
 * when `keep` has it (an unsaved draft's), when it was added within `attachmentGracePeriodMs`, or
 * when a safety snapshot mentions its hash (restoring the snapshot would bring its entry back).
 *
 * The references are read from the entries that have attachments only, through the sparse
 * `attachments.length` index: reading every entry instead took seconds at 50,000 entries
 * (docs/attachments.md has the figures), and would hold up every other write meanwhile.
 */
export async function freeUnusedAttachments(database: ScopeJournalDatabase, cleanup: AttachmentCleanup = {}): Promise<number> {
  const sparedSince = new Date((cleanup.now ?? new Date()).getTime() - attachmentGracePeriodMs).toISOString();
  // Keys only, through the index: reading the rows would make a handle for every stored Blob.
  const added = await database.attachments.where('lastAddedAt').below(sparedSince).primaryKeys();
  const candidates = new Set(added.filter((hash) => cleanup.keep?.has(hash) !== true));
  if (candidates.size === 0) return 0;
  await database.entries
    .where('attachments.length')
    .above(0)
    .each((entry) => {
      for (const attachment of entry.attachments ?? []) candidates.delete(attachment.hash);
    });
  if (candidates.size === 0) return 0;
  await database.snapshots.each((snapshot) => {
    for (const hash of candidates) if (snapshot.contents.includes(hash)) candidates.delete(hash);
  });
  await database.attachments.bulkDelete([...candidates]);
  return candidates.size;
}
