import { encryptBackup, type BackupEncryptionOptions } from './backupCrypto';
import { nodeBackupFileSystem, rotateBackups, writeBackupFile, type BackupFileSystem } from './backupFolder';
import { isBackupDue } from './backupSchedule';
import type { BackupSettings } from './backupSettings';

/*
 * One automatic backup from start to end: encrypt when asked, write, rotate. The main process
 * supplies the backup text (made by the renderer), the clock and the passphrase; backups are read
 * back in pieces (`services/fileStreams.ts`).
 */

/** What one automatic backup needs. */
export interface AutomaticBackupRequest {
  settings: BackupSettings;
  /** The backup as the renderer made it (JSON text). */
  contents: string | Uint8Array;
  now: Date;
  /** Needed when `settings.encrypt` is on (see `revealPassphrase`). */
  passphrase?: string | null;
  fileSystem?: BackupFileSystem;
  /** Only tests change this, to derive keys quickly. */
  encryption?: BackupEncryptionOptions;
}

/** What one automatic backup did. */
export interface AutomaticBackupResult {
  fileName: string;
  bytes: number;
  /** Old backups deleted to keep `settings.keep`. */
  removed: string[];
  /**
   * Why old backups could not be deleted, when they could not; the new backup is saved all the
   * same, so the run counts as done and more old backups are removed next time.
   */
  rotationError: string | null;
}

/** True when `settings` has a folder and its cadence makes a backup due at `now`. */
export function isAutomaticBackupDue(settings: BackupSettings, now: Date): boolean {
  const lastBackupAt = settings.lastBackupAt === null ? null : new Date(settings.lastBackupAt);
  return settings.folder !== null && isBackupDue(lastBackupAt, now, settings.cadence);
}

/**
 * Writes one backup into `settings.folder` (encrypted when `settings.encrypt`), then deletes the
 * oldest backups beyond `settings.keep`. Rejects, with nothing written, when there is no folder,
 * the contents are empty, or encryption is on and no passphrase is given. The caller records
 * `now` as `lastBackupAt` once it resolves.
 */
export async function runAutomaticBackup(request: AutomaticBackupRequest): Promise<AutomaticBackupResult> {
  const { settings, now } = request;
  const fileSystem = request.fileSystem ?? nodeBackupFileSystem;
  if (settings.folder === null) {
    throw new Error('Choose a folder for automatic backups first; no backup was written.');
  }
  let contents = typeof request.contents === 'string' ? new TextEncoder().encode(request.contents) : request.contents;
  if (contents.byteLength === 0) {
    throw new Error('The backup is empty; no backup was written.');
  }
  if (settings.encrypt) {
    if (request.passphrase === undefined || request.passphrase === null || request.passphrase === '') {
      throw new Error('Automatic backups are set to be encrypted, but no passphrase is saved; no backup was written.');
    }
    contents = await encryptBackup(contents, request.passphrase, request.encryption);
  }

  const written = await writeBackupFile(settings.folder, contents, now, { encrypted: settings.encrypt, fileSystem });
  try {
    const removed = await rotateBackups(settings.folder, settings.keep, fileSystem);
    return { ...written, removed, rotationError: null };
  } catch (error) {
    return { ...written, removed: [], rotationError: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs backup tasks one at a time, in the order asked. */
export interface BackupCoordinator {
  /**
   * Runs `task` once every task asked before it has settled, so that a scheduled backup, a manual
   * one and the one at quit never write into the folder at once. Resolves or rejects as `task`.
   */
  run<Result>(task: () => Promise<Result>): Promise<Result>;
}

/** A coordinator for the app's backup folder (see `BackupCoordinator`). */
export function createBackupCoordinator(): BackupCoordinator {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<Result>(task: () => Promise<Result>): Promise<Result> {
      const result = tail.then(task);
      // The next task waits for this one whether it succeeded or failed.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
