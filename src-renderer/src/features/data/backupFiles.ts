import type { BackupReason, DesktopRequest } from '../../../../src-main/shared/contract';
import { exportBackup, exportBackupArchive } from '../../db/backupRepository';
import { db } from '../../db/database';
import { readBackupStream, type ReadBackupStreamResult } from '../../domain/backup/backupArchive';
import { counted } from '../../domain/counted';
import type { StoredAttachment } from '../../domain/types';
import { desktop } from '../../platform/desktop';

/*
 * Backup files as they cross to the desktop. A journal without attached files is one JSON text,
 * sent whole as it always was. With attached files, the backup is an archive (see
 * `domain/backup/backupArchive.ts`) sent in pieces through a stream main opened: a save dialog's
 * file or the next backup in the backup folder, which main names, encrypts and rotates. Reading is
 * always a stream, whatever the file holds, so that a large archive is never in memory whole.
 */

/** A backup written: where, how large, how many attached files it carries, and old ones rotated out. */
export interface SavedBackup {
  filePath: string;
  fileName: string;
  bytes: number;
  fileCount: number;
  removed: string[];
}

type SaveTarget =
  | { target: 'dialog'; title: string; suggestedName: string; filters: DesktopRequest<'saveTextFile'>['filters'] }
  | { target: 'backup-folder'; reason: BackupReason };

/**
 * Writes a backup of the whole journal to `target`: as JSON without attached files, as an
 * archive with them. Resolves to null when the save dialog was cancelled. A failure part-way
 * removes what was written; an existing file is never half replaced.
 */
export async function saveBackup(
  target: SaveTarget,
  onProgress: (written: number, total: number) => void = () => undefined,
): Promise<SavedBackup | null> {
  if ((await db.attachments.count()) === 0) {
    const contents = await exportBackup(db);
    if (target.target === 'backup-folder') {
      const written = await desktop.writeBackup({ contents, reason: target.reason });
      return { ...written, filePath: written.fileName, fileCount: 0 };
    }
    const saved = await desktop.saveTextFile({
      title: target.title,
      suggestedName: target.suggestedName,
      filters: target.filters,
      contents,
    });
    return saved.status === 'cancelled'
      ? null
      : { filePath: saved.filePath, fileName: saved.filePath, bytes: saved.bytes, fileCount: 0, removed: [] };
  }
  const request: DesktopRequest<'beginFileWrite'> =
    target.target === 'dialog'
      ? {
          ...target,
          suggestedName: target.suggestedName.replace(/\.json$/, '.zip'),
          filters: [{ name: 'Scope Journal backup', extensions: ['zip'] }],
        }
      : target;
  const opened = await desktop.beginFileWrite(request);
  if (opened.status === 'cancelled') return null;
  const { streamId } = opened;
  try {
    const { fileCount } = await exportBackupArchive(db, (bytes) => desktop.writeFileChunk({ streamId, bytes }), new Date(), onProgress);
    const finished = await desktop.finishFileWrite({ streamId });
    return { ...finished, fileCount };
  } catch (error) {
    await desktop.closeFileStream({ streamId }).catch(() => undefined);
    throw error;
  }
}

/** "3 attached files": how a saved backup's files are named in a message. */
export function attachedFiles(fileCount: number): string {
  return counted(fileCount, 'attached file', 'attached files');
}

/** A backup read whole: its text and, from an archive, its attached files (checked, not stored). */
export interface LoadedBackup {
  text: string;
  files: StoredAttachment[];
}

/** Where a backup comes from: a file the user opened, or one in the backup folder. */
export interface RestoreSource {
  /** How the backup is named to the user: its file name. */
  origin: string;
  /** True when it is known to be encrypted: the passphrase is asked for before loading. */
  needsPassphrase: boolean;
  /**
   * Reads the whole file, after unlocking it with `passphrase` when it is encrypted (with none, a
   * backup in the folder uses the stored passphrase): its text and attached files. May be called
   * again with another passphrase after a wrong one. Rejects with a message fit for an alert.
   * `onProgress` hears how much of the file is read.
   */
  load(passphrase?: string, onProgress?: (fraction: number) => void): Promise<LoadedBackup>;
  /** Lets go of the file once the restore is done or given up. */
  close(): Promise<void>;
}

/** Opens a backup chosen in a dialog, or one in the backup folder by name; null when the dialog was cancelled. */
export async function openBackupStream(source: DesktopRequest<'openFileRead'>): Promise<RestoreSource | null> {
  const opened = await desktop.openFileRead(source);
  if (opened.status === 'cancelled') return null;
  const { streamId, fileName, encrypted, bytes } = opened;
  return {
    origin: fileName,
    needsPassphrase: encrypted,
    async load(passphrase, onProgress = () => undefined) {
      if (encrypted) await desktop.unlockFileRead(passphrase === undefined ? { streamId } : { streamId, passphrase });
      const read: ReadBackupStreamResult = await readBackupStream(
        () => desktop.readFileChunk({ streamId }),
        (bytesRead) => onProgress(bytes === 0 ? 1 : bytesRead / bytes),
      );
      if (!read.ok) throw new Error(`${fileName} cannot be restored. ${read.problem} Nothing was changed.`);
      return { text: read.text, files: read.files };
    },
    close: () => desktop.closeFileStream({ streamId }).catch(() => undefined),
  };
}
