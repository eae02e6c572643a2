import { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import { runSync, type SyncFolderPort, type SyncReport } from '../../../src-renderer/src/features/sync/runSync';
import { syncTrackedScope, trackSyncScope } from '../../../src-renderer/src/features/sync/syncScope';

/** One computer in a sync test: its own database, device id and (possibly skewed) clock. */
export interface SyncInstance {
  deviceId: string;
  database: ScopeJournalDatabase;
  folder: SyncFolderPort;
  now: () => number;
  sync(): Promise<SyncReport>;
}

/** Makes an instance over `folder`, its clock `skewMs` away from `base()`. */
export async function openSyncInstance(deviceId: string, folder: SyncFolderPort, base: () => number, skewMs = 0): Promise<SyncInstance> {
  const database = new ScopeJournalDatabase(`sync-${deviceId}-${crypto.randomUUID()}`);
  await database.open();
  const now = () => base() + skewMs;
  // As the app's controller does: each sync compares only the records the change feed saw written
  // since the last one (the first compares every record).
  const tracker = trackSyncScope(database.name);
  return {
    deviceId,
    database,
    folder,
    now,
    sync: () => syncTrackedScope(tracker, (scope) => runSync(database, folder, deviceId, now, scope)),
  };
}

/**
 * The synced tables of `database`, each sorted by id, and which of the files its entries refer to
 * it holds: what two converged computers must share. (A file attached here by an edit that lost to
 * a later one on another computer is no longer referred to; the clean-up frees it.)
 */
export async function journalState(database: ScopeJournalDatabase) {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const entries = (await database.entries.toArray()).sort(byId);
  const referenced = [...new Set(entries.flatMap((entry) => (entry.attachments ?? []).map((file) => file.hash)))].sort();
  const stored = await database.attachments.bulkGet(referenced);
  return {
    entries,
    reviews: (await database.reviews.toArray()).sort(byId),
    goals: (await database.goals.toArray()).sort(byId),
    readingList: (await database.readingList.toArray()).sort(byId),
    packets: (await database.packets.toArray()).sort(byId),
    frameworks: (await database.frameworks.toArray()).sort(byId),
    files: referenced.map((hash, index) => ({ hash, isStored: stored[index] !== undefined })),
  };
}
