import type { BackupReason } from '../../../../src-main/shared/contract';
import { saveBackup, type SavedBackup } from './backupFiles';

/** Writes a backup of the whole journal into the backup folder (an archive when it has attached files). */
export async function writeBackupNow(reason: BackupReason): Promise<SavedBackup> {
  const saved = await saveBackup({ target: 'backup-folder', reason });
  // Only a save dialog can be cancelled.
  if (saved === null) throw new Error('The backup was not written.');
  return saved;
}
