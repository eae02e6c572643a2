import { takeSnapshot } from '../../db/backupRepository';
import type { ScopeJournalDatabase } from '../../db/database';
import { appliedBatches, applySync, bindSyncState, hasSynced, type ReadBatch, type SyncScope } from '../../db/syncRepository';
import { BatchProblem, parseSyncBatch } from '../../domain/sync/syncBatch';
import { syncedTableNames } from '../../domain/sync/syncRecord';
import type { DesktopApi, SyncDeviceListing } from '../../../../src-main/shared/contract';
import { syncAttachedFiles } from './syncFiles';

/** The desktop methods a sync uses: the folder, as main keeps it. */
export type SyncFolderPort = Pick<DesktopApi, 'listSyncFolder' | 'readSyncBatch' | 'writeSyncBatch' | 'readSyncFile' | 'writeSyncFile'>;

/** What one sync did, for the status line. */
export interface SyncReport {
  /** When it finished (ISO). */
  finishedAt: string;
  sent: number;
  received: number;
  /** Files not yet complete in the folder (a sync service still copying them): tried again next time. */
  waiting: number;
  filesSent: number;
  filesReceived: number;
  /** What could not be applied, in words. */
  problems: string[];
  /** Records deleted here that came back, because another computer edited them after the deletion. */
  revived: string[];
  /** The computers found in the folder. */
  devices: SyncDeviceListing[];
  /** Whether a safety snapshot was taken first (the first sync into a journal that had entries). */
  snapshotTaken: boolean;
}

async function journalHasRecords(database: ScopeJournalDatabase): Promise<boolean> {
  for (const name of syncedTableNames) {
    if ((await database.table(name).limit(1).count()) > 0) return true;
  }
  return false;
}

/**
 * One sync with the folder: read every batch not yet applied (complete ones only: a file still
 * being copied by the sync service fails its authentication and waits for the next sync), apply
 * them with this computer's own changes in one transaction, then copy the outbox into the folder,
 * and the attached files both ways. The first sync that merges a folder into a journal with
 * records takes a safety snapshot first, as a restore does. This computer's edits are looked for
 * in `scope`: every record, or those written since the last sync (see `syncScope.ts`).
 */
export async function runSync(
  database: ScopeJournalDatabase,
  folder: SyncFolderPort,
  deviceId: string,
  now: () => number,
  scope: SyncScope = 'all',
): Promise<SyncReport> {
  const listing = await folder.listSyncFolder();
  await bindSyncState(database, listing.folder, deviceId);
  // A journal with no sync state yet (its first sync with this folder) is compared whole.
  const hasState = await hasSynced(database);
  const applied = await appliedBatches(database);
  const batches: ReadBatch[] = [];
  const problems: string[] = [];
  let waiting = 0;
  for (const device of listing.devices) {
    const done = applied.get(device.deviceId);
    const deviceName = device.isThisComputer ? 'this computer' : (device.info?.name ?? 'another computer');
    for (const name of device.batches) {
      if (done?.has(name)) continue;
      const read = await folder.readSyncBatch({ deviceId: device.deviceId, name });
      if (read.status === 'incomplete') {
        waiting += 1;
        continue;
      }
      try {
        const batch = parseSyncBatch(read.value);
        batches.push({ deviceId: device.deviceId, name, source: `${device.deviceId}/${name}`, changes: batch.changes });
      } catch (error) {
        if (!(error instanceof BatchProblem)) throw error;
        problems.push(
          error.isNewerFormat
            ? `Changes from ${deviceName} were left for later: ${error.message}. Update Scope Journal on this computer.`
            : `A file from ${deviceName} (${name}) was skipped: ${error.message}.`,
        );
      }
    }
  }
  let snapshotTaken = false;
  if (batches.length > 0 && !hasState && (await journalHasRecords(database))) {
    await takeSnapshot(database, new Date(now()), 'before-sync');
    snapshotTaken = true;
  }
  const outcome = await applySync(database, deviceId, now, batches, hasState ? scope : 'all');
  for (const refused of outcome.refused) problems.push(`A record from another computer was not valid and was left out (${refused}).`);
  // The outbox goes out in order; a batch leaves it only once its file is in the folder. It is not
  // marked applied: the next sync reads it back once (changing nothing), so a file of the same name
  // written by a copy of this computer's profile, and kept by the sync service, is read too.
  for (const row of await database.syncOutbox.orderBy('seq').toArray()) {
    await folder.writeSyncBatch({ text: row.text });
    if (row.seq !== undefined) await database.syncOutbox.delete(row.seq);
  }
  const files = await syncAttachedFiles(database, folder, listing, now);
  problems.push(...files.problems);
  return {
    finishedAt: new Date(now()).toISOString(),
    sent: outcome.sent,
    received: outcome.received,
    waiting: waiting + files.waiting,
    filesSent: files.sent,
    filesReceived: files.received,
    problems,
    revived: outcome.revived,
    devices: listing.devices,
    snapshotTaken,
  };
}
