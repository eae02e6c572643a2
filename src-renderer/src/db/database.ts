import { Dexie, type EntityTable } from 'dexie';
import { journalGenerationMiddleware } from './journalGeneration';
import type {
  Entry,
  EvidenceDraft,
  EvidenceItem,
  Framework,
  Goal,
  Packet,
  QuarterlyReview,
  ReadingListItem,
  Setting,
  Snapshot,
  StoredAttachment,
} from '../domain/types';
import { readStoredSyncRecord, storedSyncRecord, type StoredSyncRecord } from '../domain/sync/syncRecord';
import type { SyncOutboxRow, SyncStateRow } from './syncTables';

/** Name of the IndexedDB database. Benchmarks and tests open it under this name too. */
export const databaseName = 'scope-journal';

/**
 * The one owner of Scope Journal's schema. Every version ever released stays here unchanged;
 * a change of schema is a new `version(n)` whose `upgrade()` keeps every existing record.
 *
 * Indexes are what queries need: entries by date (timeline), by `deletedAt` (the trash: only
 * trashed rows have a key there, since null is not indexable), by `source` (removing the sample
 * journal in one step), and multi-entry by competency and tag.
 *
 * Version 2 adds `importKey` on entries (finding what an import already brought in, so importing a
 * file twice adds nothing) and the `snapshots` table of safety copies taken before a restore.
 *
 * Version 3 adds the Inbox: `drafts`, evidence found in the user's own activity and not yet in the
 * journal, and `evidenceItems`, every source item (a commit, an event) ever drafted, so a rescan
 * adds only what is new and nothing dismissed or accepted comes back.
 *
 * Version 4 adds `attachments`: the files attached to entries, one row per distinct file, keyed by
 * the SHA-256 of its bytes. Entries refer to them by hash (`Entry.attachments`, an optional field).
 * The entries' new index `attachments.length` (IndexedDB reads `length` of an array in a key path)
 * holds only the entries that have attachments, so finding which files are still used reads those
 * entries alone, not the whole journal (see `freeUnusedAttachments`). No field is added to entries.
 * The attachments' `lastAddedAt` and `byteSize` indexes let the clean-up and the Data screen's
 * usage read keys only, never a row (reading a row makes a handle for each of its Blobs).
 *
 * Version 5 adds sync between computers (docs/sync.md): `syncRecords`, what this computer knows of
 * each synced record (every field's last write, the body's versions, a deletion), indexed by
 * `conflict` so the entries edited on two computers are found without reading the rest;
 * `syncState`, the clock and the batches already applied; and `syncOutbox`, batches written here
 * that are still to be copied into the sync folder.
 *
 * Version 6 changes no table: it stores the sync records packed (the clock most fields of a record
 * share written once), which halves them, and rewrites the records version 5 stored.
 */
export class ScopeJournalDatabase extends Dexie {
  entries!: EntityTable<Entry, 'id'>;
  reviews!: EntityTable<QuarterlyReview, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  readingList!: EntityTable<ReadingListItem, 'id'>;
  packets!: EntityTable<Packet, 'id'>;
  frameworks!: EntityTable<Framework, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  drafts!: EntityTable<EvidenceDraft, 'id'>;
  evidenceItems!: EntityTable<EvidenceItem, 'key'>;
  attachments!: EntityTable<StoredAttachment, 'hash'>;
  syncRecords!: EntityTable<StoredSyncRecord, 'key'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  syncOutbox!: EntityTable<SyncOutboxRow, 'seq'>;

  constructor(name: string = databaseName) {
    // Live queries share frozen results instead of deep-copying every row for every reader;
    // nothing may mutate what a query returns (copy before sorting).
    super(name, { cache: 'immutable' });
    this.version(1).stores({
      entries: 'id, occurredOn, updatedAt, deletedAt, source, kind, scope, *competencies, *tags',
      reviews: 'id, &quarter, updatedAt',
      goals: 'id, updatedAt',
      readingList: 'id, status, updatedAt',
      packets: 'id, updatedAt',
      frameworks: 'id, updatedAt',
      settings: 'key',
    });
    // Only the tables that change are declared; the others carry over from version 1.
    this.version(2)
      .stores({
        entries: 'id, occurredOn, updatedAt, deletedAt, source, kind, scope, *competencies, *tags, importKey',
        snapshots: 'id, createdAt',
      })
      .upgrade(() => {
        // Deliberately empty: every version-1 record is already a valid version-2 record. IndexedDB
        // builds the new `importKey` index from the entries already stored (entries written in the
        // app have no key, so they stay out of it), and `snapshots` starts empty. Nothing is
        // rewritten, so nothing can be lost.
      });
    this.version(3)
      .stores({
        drafts: 'id, occurredOn, source',
        evidenceItems: 'key',
      })
      .upgrade(() => {
        // Deliberately empty, as for version 2: two new tables that start empty; no existing
        // record is read or rewritten.
      });
    this.version(4)
      .stores({
        entries: 'id, occurredOn, updatedAt, deletedAt, source, kind, scope, *competencies, *tags, importKey, attachments.length',
        attachments: 'hash, lastAddedAt, byteSize',
      })
      .upgrade(() => {
        // Deliberately empty, as for versions 2 and 3: entries gain an optional field, so every
        // stored entry is already valid and none is rewritten; IndexedDB builds the new index from
        // them (none has attachments yet, so it starts empty), and `attachments` starts empty.
      });
    this.version(5)
      .stores({
        syncRecords: 'key, conflict',
        syncState: 'key',
        syncOutbox: '++seq',
      })
      .upgrade(() => {
        // Deliberately empty, as for versions 2 to 4: three new tables that start empty; no
        // existing record is read or rewritten. The first sync builds the sync state from the journal.
      });
    this.version(6)
      .stores({})
      .upgrade(async (transaction) => {
        // No table or index changes: the sync records are stored packed (see `storedSyncRecord`),
        // the clock most of a record's fields share written once. Every record is rewritten packed,
        // keeping every field, body version and deletion; none is added or dropped. (Reading accepts
        // both forms, so a record this upgrade has not reached is still read whole.)
        await transaction
          .table<StoredSyncRecord, string>('syncRecords')
          .toCollection()
          .modify((stored, ref) => {
            ref.value = storedSyncRecord(readStoredSyncRecord(stored));
          });
      });
    // Every write to the entries marks the journal changed (see journalGeneration.ts).
    this.use(journalGenerationMiddleware(name, 'entries'));
  }
}

/** The app's database. Tests make their own instances on fake-indexeddb. */
export const db = new ScopeJournalDatabase();
