import type { Table } from 'dexie';
import { batchesOf } from './batches';
import type { ScopeJournalDatabase } from './database';
import { writeBackupArchive } from '../domain/backup/backupArchive';
import { readBackupText, serializeBackup, type BackupTables, type ParsedBackup } from '../domain/backup/backupFile';
import { planRestore, type RestoreMode, type TableChanges, type TablePlan } from '../domain/backup/backupMerge';
import { newId } from '../domain/ids';
import type { Snapshot, StoredAttachment } from '../domain/types';

export type { RestoreMode, TableChanges } from '../domain/backup/backupMerge';

/** How many safety snapshots are kept; taking one more deletes the oldest. */
export const snapshotsKept = 3;

/** What a restore did, table by table, and the snapshot that can undo it. */
export interface RestoreReport {
  mode: RestoreMode;
  /** The safety snapshot of the journal as it was just before the restore. */
  snapshotId: string;
  tables: { [K in keyof BackupTables]: TableChanges };
  /** Attached files from the backup that were not stored yet. */
  filesAdded: number;
}

/** A snapshot without its contents, for listing. */
export type SnapshotInfo = Omit<Snapshot, 'contents'>;

function backedUpTables(database: ScopeJournalDatabase) {
  return [
    database.entries,
    database.reviews,
    database.goals,
    database.readingList,
    database.packets,
    database.frameworks,
    database.settings,
    database.drafts,
    database.evidenceItems,
  ];
}

/** Every backed-up table, read in one transaction so the copy is consistent. Rows are frozen. */
export async function readAllTables(database: ScopeJournalDatabase): Promise<BackupTables> {
  return database.transaction('r', backedUpTables(database), async () => {
    const [entries, reviews, goals, readingList, packets, frameworks, settings, drafts, evidenceItems] = await Promise.all([
      database.entries.toArray(),
      database.reviews.toArray(),
      database.goals.toArray(),
      database.readingList.toArray(),
      database.packets.toArray(),
      database.frameworks.toArray(),
      database.settings.toArray(),
      database.drafts.toArray(),
      database.evidenceItems.toArray(),
    ]);
    return { entries, reviews, goals, readingList, packets, frameworks, settings, drafts, evidenceItems };
  });
}

/** The whole journal as the text of a backup file. */
export async function exportBackup(database: ScopeJournalDatabase, now: Date = new Date()): Promise<string> {
  return serializeBackup(await readAllTables(database), now);
}

/**
 * The whole journal with its attached files, as a backup archive (`backupArchive.ts`) written to
 * `sink` in pieces. The tables and the list of files are read in one transaction, so they agree;
 * each file's bytes are then read one at a time. `onProgress` hears how many of `total` files are
 * written.
 */
export async function exportBackupArchive(
  database: ScopeJournalDatabase,
  sink: (piece: Uint8Array) => Promise<void>,
  now: Date = new Date(),
  onProgress: (written: number, total: number) => void = () => undefined,
): Promise<{ fileCount: number }> {
  const { tables, files } = await database.transaction('r', [...backedUpTables(database), database.attachments], async () => ({
    tables: await readAllTables(database),
    files: await database.attachments.toArray(),
  }));
  await writeBackupArchive(await serializeBackup(tables, now), files, sink, now, (written) => onProgress(written, files.length));
  return { fileCount: files.length };
}

/** Size of `text` in UTF-8 bytes, without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Copies the whole journal into the snapshots table and keeps only the newest few. Its own
 * transaction, before the restore's (or the first sync's): the copy must be safely stored before
 * anything is replaced.
 */
export async function takeSnapshot(
  database: ScopeJournalDatabase,
  now: Date,
  reason: Snapshot['reason'] = 'before-restore',
): Promise<string> {
  const tables = await readAllTables(database);
  const contents = await serializeBackup(tables, now);
  const snapshot: Snapshot = {
    id: newId(),
    createdAt: now.toISOString(),
    reason,
    entryCount: tables.entries.length,
    bytes: utf8Length(contents),
    contents,
  };
  await database.transaction('rw', database.snapshots, async () => {
    await database.snapshots.add(snapshot);
    const stale = await database.snapshots.orderBy('createdAt').reverse().offset(snapshotsKept).primaryKeys();
    await database.snapshots.bulkDelete(stale);
  });
  return snapshot.id;
}

/**
 * One table's part of a restore: bulk operations only, whatever the number of rows, in batches so
 * that storing tens of thousands of records never holds the page for long (see `batches.ts`).
 */
async function applyPlan<Row, Insert>(table: Table<Row, string, Insert>, plan: TablePlan<Insert>): Promise<void> {
  if (plan.clear) await table.clear();
  for (const keys of batchesOf(plan.deleteKeys)) await table.bulkDelete(keys);
  for (const rows of batchesOf(plan.put)) await table.bulkPut(rows);
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Restores a checked backup (see `readBackupText`), all or nothing. First a safety snapshot of the
 * journal as it is; if that cannot be stored, nothing is restored. Then one read-write transaction
 * over every backed-up table reads the journal, works out the changes (`planRestore`, which
 * documents the replace and merge rules) and writes them in bulk; any failure aborts it and leaves
 * the journal exactly as it was. Throws an Error saying nothing was restored when either step fails.
 */
export async function restoreBackup(
  database: ScopeJournalDatabase,
  backup: ParsedBackup,
  mode: RestoreMode,
  now: Date = new Date(),
  files: readonly StoredAttachment[] = [],
): Promise<RestoreReport> {
  let snapshotId: string;
  try {
    snapshotId = await takeSnapshot(database, now);
  } catch (error) {
    throw new Error(`Nothing was restored: the safety copy of your journal could not be saved (${describeError(error)}).`, {
      cause: error,
    });
  }
  try {
    let filesAdded = 0;
    const plan = await database.transaction('rw', [...backedUpTables(database), database.attachments], async () => {
      const restorePlan = planRestore(await readAllTables(database), backup.data, mode);
      await Promise.all([
        applyPlan(database.entries, restorePlan.entries),
        applyPlan(database.reviews, restorePlan.reviews),
        applyPlan(database.goals, restorePlan.goals),
        applyPlan(database.readingList, restorePlan.readingList),
        applyPlan(database.packets, restorePlan.packets),
        applyPlan(database.frameworks, restorePlan.frameworks),
        applyPlan(database.settings, restorePlan.settings),
        applyPlan(database.drafts, restorePlan.drafts),
        applyPlan(database.evidenceItems, restorePlan.evidenceItems),
      ]);
      // Files are only ever added: a file the journal already has is the same bytes (same hash),
      // and one the restored journal no longer uses stays for the safety snapshot's sake until
      // the clean-up frees it.
      const stored = await database.attachments.bulkGet(files.map((file) => file.hash));
      const fresh = files.filter((_file, index) => stored[index] === undefined);
      for (const rows of batchesOf(fresh)) await database.attachments.bulkAdd(rows);
      filesAdded = fresh.length;
      return restorePlan;
    });
    return {
      mode,
      snapshotId,
      tables: {
        entries: plan.entries.changes,
        reviews: plan.reviews.changes,
        goals: plan.goals.changes,
        readingList: plan.readingList.changes,
        packets: plan.packets.changes,
        frameworks: plan.frameworks.changes,
        settings: plan.settings.changes,
        drafts: plan.drafts.changes,
        evidenceItems: plan.evidenceItems.changes,
      },
      filesAdded,
    };
  } catch (error) {
    throw new Error(`Nothing was restored: the journal refused the backup's data, and is as it was (${describeError(error)}).`, {
      cause: error,
    });
  }
}

/** The safety snapshots, newest first, without their contents. */
export async function listSnapshots(database: ScopeJournalDatabase): Promise<SnapshotInfo[]> {
  const snapshots = await database.snapshots.orderBy('createdAt').reverse().toArray();
  return snapshots.map(({ contents: _contents, ...info }) => info);
}

/**
 * Puts the journal back as it was when a snapshot was taken (a replace), after checking the
 * snapshot like any backup file. Takes a new snapshot first, so this too can be undone.
 */
export async function restoreSnapshot(database: ScopeJournalDatabase, id: string, now: Date = new Date()): Promise<RestoreReport> {
  const snapshot = await database.snapshots.get(id);
  if (snapshot === undefined) throw new Error('This safety snapshot no longer exists.');
  const read = await readBackupText(snapshot.contents);
  if (!read.ok) throw new Error(`This safety snapshot cannot be restored: ${read.problem}`);
  return restoreBackup(database, read.backup, 'replace', now);
}

/** Deletes one safety snapshot. */
export async function deleteSnapshot(database: ScopeJournalDatabase, id: string): Promise<void> {
  await database.snapshots.delete(id);
}
