import { randomBytes } from 'node:crypto';
import * as fileSystemPromises from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { BackupFileInfo } from '../../shared/desktopResults';
import { maximumKeptBackups } from '../../shared/values';
import { writeFileAtomic, type AtomicWriteFileSystem } from '../atomicWrite';

/*
 * The folder of automatic backups. Each backup is one file named after the moment it was made, in
 * UTC (`scope-journal-backup-2026-01-31T09-30-00.json`, `.zip` when it carries attached files, and
 * `.enc` after either when encrypted), so that the
 * names sort by time whatever the time zone or daylight saving does. Only files with such a name
 * are ever listed, rotated or read: whatever else the user keeps in the folder is never touched.
 */

/**
 * The file-system operations the backup services need. Production passes Node's `fs/promises`;
 * tests pass a wrapper that fails at a chosen step.
 */
export interface BackupFileSystem extends AtomicWriteFileSystem {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  /** Does not follow symbolic links, so a link is never taken for a backup. */
  lstat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

/** Node's own file system, the default everywhere. */
export const nodeBackupFileSystem: BackupFileSystem = fileSystemPromises;

const fileNamePrefix = 'scope-journal-backup-';
const backupFileNamePattern =
  /^scope-journal-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-[0-9a-f]{6})?\.(?:json|zip)(\.enc)?$/;
const exampleFileName = `${fileNamePrefix}2026-01-31T09-30-00.json`;

/**
 * Writes one backup into `folder` (created when missing) under a new name for `now`, all or
 * nothing (see `writeFileAtomic`). When a backup of the same second already exists, a short random
 * suffix keeps both. Resolves to the name written and its size in bytes.
 */
export async function writeBackupFile(
  folder: string,
  contents: Uint8Array | string,
  now: Date,
  options: { encrypted: boolean; fileSystem?: BackupFileSystem },
): Promise<{ fileName: string; bytes: number }> {
  const fileSystem = options.fileSystem ?? nodeBackupFileSystem;
  const fileName = await freeBackupFileName(folder, now, { encrypted: options.encrypted, archive: false, fileSystem });
  await writeFileAtomic(join(folder, fileName), contents, fileSystem);
  const bytes = typeof contents === 'string' ? Buffer.byteLength(contents, 'utf8') : contents.byteLength;
  return { fileName, bytes };
}

/**
 * A name for a new backup in `folder` (created when missing) made at `now`: `.json`, or `.zip`
 * for an archive with attached files, and `.enc` after either when encrypted. When a backup of
 * the same second already exists, a short random suffix keeps both.
 */
export async function freeBackupFileName(
  folder: string,
  now: Date,
  options: { encrypted: boolean; archive: boolean; fileSystem?: BackupFileSystem },
): Promise<string> {
  const fileSystem = options.fileSystem ?? nodeBackupFileSystem;
  assertAbsoluteFolder(folder);
  const stamp = fileNameStamp(now);
  const extension = `${options.archive ? '.zip' : '.json'}${options.encrypted ? '.enc' : ''}`;
  await fileSystem.mkdir(folder, { recursive: true });

  let fileName = `${fileNamePrefix}${stamp}${extension}`;
  for (let attempt = 0; await exists(join(folder, fileName), fileSystem); attempt += 1) {
    if (attempt === 10) {
      throw new Error('No free name was found for the backup file; nothing was written.');
    }
    fileName = `${fileNamePrefix}${stamp}-${randomBytes(3).toString('hex')}${extension}`;
  }
  return fileName;
}

/**
 * Lists the backups in `folder`, newest first (by the time in the name; the file's modification
 * time breaks ties). Other files, folders, symbolic links and temporary files are left out; a
 * missing folder has no backups.
 */
export async function listBackups(folder: string, fileSystem: BackupFileSystem = nodeBackupFileSystem): Promise<BackupFileInfo[]> {
  assertAbsoluteFolder(folder);
  let names: string[];
  try {
    names = await fileSystem.readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return [];
    }
    throw error;
  }

  const backups: (BackupFileInfo & { modifiedAt: number })[] = [];
  for (const fileName of names) {
    const createdAt = parseBackupFileName(fileName);
    if (createdAt === null) {
      continue;
    }
    // A file removed meanwhile (by another rotation, or by the user) is simply not listed.
    const stats = await fileSystem.lstat(join(folder, fileName)).catch(() => null);
    if (stats?.isFile() !== true) {
      continue;
    }
    backups.push({
      fileName,
      createdAt: createdAt.toISOString(),
      bytes: stats.size,
      encrypted: fileName.endsWith('.enc'),
      modifiedAt: stats.mtimeMs,
    });
  }
  backups.sort(
    (left, right) =>
      right.createdAt.localeCompare(left.createdAt) || right.modifiedAt - left.modifiedAt || right.fileName.localeCompare(left.fileName),
  );
  return backups.map(({ modifiedAt: _modifiedAt, ...backup }) => backup);
}

/**
 * Deletes every backup in `folder` but the newest `keep` (1–1000) and resolves to the names
 * removed, oldest last. Files that are not backups are never touched.
 */
export async function rotateBackups(folder: string, keep: number, fileSystem: BackupFileSystem = nodeBackupFileSystem): Promise<string[]> {
  if (!Number.isInteger(keep) || keep < 1 || keep > maximumKeptBackups) {
    throw new Error(`The number of backups to keep must be a whole number from 1 to ${maximumKeptBackups}.`);
  }
  const removed: string[] = [];
  for (const backup of (await listBackups(folder, fileSystem)).slice(keep)) {
    try {
      await fileSystem.unlink(join(folder, backup.fileName));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') {
        continue;
      }
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`The old backup “${backup.fileName}” could not be removed (${reason}).`, { cause: error });
    }
    removed.push(backup.fileName);
  }
  return removed;
}

/**
 * The path of the backup `fileName` in `folder`. The name comes from the renderer: it must name a
 * backup inside the folder and nothing else, or this throws a message fit for the user.
 */
export function backupFilePath(folder: string, fileName: string): string {
  assertAbsoluteFolder(folder);
  if (/[/\\]/.test(fileName) || fileName.includes('..') || isAbsolute(fileName)) {
    throw new Error('A backup is opened by its file name alone, without a folder or “..”.');
  }
  if (parseBackupFileName(fileName) === null) {
    throw new Error(`Only Scope Journal backups can be opened from the backup folder (names like ${exampleFileName}).`);
  }
  return join(folder, fileName);
}

/** The UTC time in a backup's name (`YYYY-MM-DDTHH-MM-SS`). */
function fileNameStamp(now: Date): string {
  const year = now.getUTCFullYear();
  if (Number.isNaN(now.getTime()) || year < 1970 || year > 9999) {
    throw new Error('The clock gives an impossible date, so the backup cannot be named; nothing was written.');
  }
  // `toISOString` is `YYYY-MM-DDTHH:MM:SS.mmmZ` for these years.
  return now.toISOString().slice(0, 19).replaceAll(':', '-');
}

/** The time a backup's name gives, or `null` when the name is not a backup's. */
function parseBackupFileName(fileName: string): Date | null {
  const match = backupFileNamePattern.exec(fileName);
  if (match === null) {
    return null;
  }
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds));
  // `Date.UTC` rolls impossible fields over (month 13, 25 o'clock): such a name is not a backup's.
  const isExact =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hours &&
    date.getUTCMinutes() === minutes &&
    date.getUTCSeconds() === seconds;
  return isExact ? date : null;
}

function assertAbsoluteFolder(folder: string): void {
  if (folder === '' || !isAbsolute(folder)) {
    throw new Error('The backup folder must be a full path to a folder.');
  }
}

async function exists(path: string, fileSystem: BackupFileSystem): Promise<boolean> {
  try {
    await fileSystem.lstat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return false;
    }
    throw error;
  }
}

/** The `code` of a Node system error (`ENOENT`, …), if any. */
export function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
