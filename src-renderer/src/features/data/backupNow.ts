import type { BackupReason, WriteBackupResult } from '../../../../src-main/shared/contract';
import { exportBackup } from '../../db/backupRepository';
import { db } from '../../db/database';
import { desktop } from '../../platform/desktop';

/** Writes a backup of the whole journal into the backup folder. */
export async function writeBackupNow(reason: BackupReason): Promise<WriteBackupResult> {
  return desktop.writeBackup({ contents: await exportBackup(db), reason });
}
