import * as fileSystem from 'node:fs/promises';
import { join } from 'node:path';
import {
  iCloudPlaceholderTarget,
  isSyncDeviceInfoName,
  isSyncMarkerCopyName,
  isSyncTemporaryName,
  parseSyncBatchName,
  parseSyncContentName,
  parseSyncDeviceFolderName,
  syncDeviceInfoFileName,
  syncDeviceSubfolders,
  syncDevicesFolderName,
  syncFormatName,
  syncFormatVersion,
  syncMarkerFileName,
  syncTemporaryPrefix,
} from '../../shared/syncNames';
import { nodeFileSystem, writeFileAtomic } from '../atomicWrite';
import { errorCode } from '../backups/backupFolder';

/*
 * The sync folder on disk: whether a folder may be used, its marker, what each device folder
 * holds (by exact name; nothing decrypted here), and the atomic writes into this computer's own
 * device folder. The format is documented at the top of syncService.ts.
 */

/** What a folder is to sync: empty (a new sync folder), or one Scope Journal wrote. */
export type SyncFolderState = 'empty' | 'sync-folder';

/**
 * Names a folder may hold and still count as empty: what file managers and sync services put in
 * every folder they show or sync (Syncthing's `.stfolder` is in every folder it shares).
 */
const ignorableNames = new Set([
  '.DS_Store',
  '.localized',
  'Icon\r',
  'desktop.ini',
  'Thumbs.db',
  '.dropbox',
  '.dropbox.attr',
  '.dropbox.cache',
  '.stfolder',
  '.stignore',
  '.stversions',
  '.sync',
  '.SyncID',
  '.SyncIgnore',
  '.SyncArchive',
]);

/** The marker's exact text, the same from every computer (so a conflict copy of it is harmless). */
const markerText = `${JSON.stringify({ format: syncFormatName, version: syncFormatVersion })}\n`;

/** A marker file is a few dozen bytes. */
const maximumMarkerBytes = 4096;

const foreignFolderMessage =
  'This folder is not a Scope Journal sync folder, and it is not empty. Choose an empty folder, or the sync folder your other computers use; nothing was written to it.';

function newerFormatMessage(version: number): string {
  return `This sync folder was written by a newer version of Scope Journal (format ${version}). Update the app on this computer to sync with it; nothing was changed.`;
}

/**
 * Checks that `folder` may be used for sync, throwing a message fit for the user when not: it must
 * exist, and be empty or hold a marker of this format version or an older one. A folder chosen
 * before may also hold only `devices/` (`acceptsDevicesWithoutMarker`): its marker was removed, or
 * has not arrived yet, and is written again with the next write. Reads only.
 */
export async function checkSyncFolder(folder: string, options: { acceptsDevicesWithoutMarker: boolean }): Promise<SyncFolderState> {
  let names: string[];
  try {
    names = await fileSystem.readdir(folder);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new Error(
        `The sync folder “${folder}” cannot be found: it may have been moved or removed, or its drive is not connected. Nothing was changed.`,
        { cause: error },
      );
    }
    throw error;
  }
  const markerCopies = names.filter(isSyncMarkerCopyName);
  if (names.includes(syncMarkerFileName) || markerCopies.length > 0) {
    const version = await readMarkersVersion(folder, names.includes(syncMarkerFileName), markerCopies);
    if (version > syncFormatVersion) {
      throw new Error(newerFormatMessage(version));
    }
    return 'sync-folder';
  }
  const meaningful = names.filter((name) => !ignorableNames.has(name) && !isSyncTemporaryName(name));
  if (meaningful.length === 0) {
    return 'empty';
  }
  if (options.acceptsDevicesWithoutMarker && meaningful.every((name) => name === syncDevicesFolderName)) {
    return 'sync-folder';
  }
  throw new Error(foreignFolderMessage);
}

/**
 * The highest format version among the folder's marker and the renamed copies a sync service made
 * of it (a computer that upgraded may have rewritten one of them). Throws when the marker, or,
 * without it, every copy, is not a readable marker.
 */
async function readMarkersVersion(folder: string, hasMarker: boolean, copies: string[]): Promise<number> {
  const versions = await Promise.all(
    [...(hasMarker ? [syncMarkerFileName] : []), ...copies].map((name) => readMarkerVersion(join(folder, name))),
  );
  const [markerVersion] = versions;
  const readable = versions.filter((version) => version !== null);
  if ((hasMarker && markerVersion === null) || readable.length === 0) {
    throw new Error(
      `This folder’s ${syncMarkerFileName} is damaged, or still being copied by your sync service. Wait until it has finished and try again; nothing was changed.`,
    );
  }
  return Math.max(...readable);
}

/** The format version in the marker at `path`, or null when it is not a readable marker. */
async function readMarkerVersion(path: string): Promise<number | null> {
  const bytes = await readFileUpTo(path, maximumMarkerBytes);
  if (bytes === null) return null;
  let marker: unknown;
  try {
    marker = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const format: unknown = typeof marker === 'object' && marker !== null ? Reflect.get(marker, 'format') : undefined;
  const version: unknown = typeof marker === 'object' && marker !== null ? Reflect.get(marker, 'version') : undefined;
  const isMarker = format === syncFormatName && typeof version === 'number' && Number.isInteger(version) && version >= 1;
  return isMarker ? version : null;
}

/** Writes the marker into `folder` unless one is there already (any computer's is the same). */
export async function writeMarkerIfAbsent(folder: string): Promise<void> {
  if (!(await exists(join(folder, syncMarkerFileName)))) {
    await writeIntoSyncFolder(folder, [syncMarkerFileName], markerText);
  }
}

/** One device folder of the sync folder and the files in it, by exact name (see `SyncDeviceListing`). */
export interface DeviceFolderContents {
  /** The folder's exact name under `devices/`. */
  folderName: string;
  /** `device.sjs` and its renamed copies. */
  deviceInfoNames: string[];
  batches: string[];
  files: string[];
  thumbnails: string[];
}

/**
 * Every device folder under `folder`'s `devices/` and the files in it that the format names,
 * renamed copies included. Temporary files, unknown names, and anything that is not a plain file
 * or folder (a symbolic link) are left out.
 */
export async function readDeviceFolders(folder: string): Promise<DeviceFolderContents[]> {
  const devicesPath = join(folder, syncDevicesFolderName);
  const entries = await readEntries(devicesPath);
  const folderNames = entries
    .filter((entry) => entry.isDirectory() && parseSyncDeviceFolderName(entry.name) !== null)
    .map((entry) => entry.name)
    .sort(compareText);
  return Promise.all(
    folderNames.map(async (folderName) => {
      const devicePath = join(devicesPath, folderName);
      const [deviceInfoNames, batches, files, thumbnails] = await Promise.all([
        listFiles(devicePath, isSyncDeviceInfoName),
        listFiles(join(devicePath, syncDeviceSubfolders.batches), (name) => parseSyncBatchName(name) !== null),
        listFiles(join(devicePath, syncDeviceSubfolders.file), (name) => parseSyncContentName(name) !== null),
        listFiles(join(devicePath, syncDeviceSubfolders.thumbnail), (name) => parseSyncContentName(name) !== null),
      ]);
      return {
        folderName,
        deviceInfoNames: deviceInfoNames.sort(deviceInfoOrder),
        batches: batches.sort(batchOrder),
        files: files.sort(contentOrder),
        thumbnails: thumbnails.sort(contentOrder),
      };
    }),
  );
}

/**
 * An order of names: by `rank` (a batch's sequence number), then by what the name stands for, the
 * canonical name before its renamed copies, then by name.
 */
function canonicalFirst(isCanonical: (name: string) => boolean, rank: (name: string) => number = () => 0) {
  const stem = (name: string) => name.slice(0, name.search(/[ .-]|$/));
  return (left: string, right: string): number =>
    rank(left) - rank(right) ||
    compareText(stem(left), stem(right)) ||
    Number(isCanonical(right)) - Number(isCanonical(left)) ||
    compareText(left, right);
}

const deviceInfoOrder = canonicalFirst((name) => name === syncDeviceInfoFileName);
const batchOrder = canonicalFirst(
  (name) => parseSyncBatchName(name)?.isConflictCopy === false,
  (name) => parseSyncBatchName(name)?.sequence ?? 0,
);
const contentOrder = canonicalFirst((name) => parseSyncContentName(name)?.isConflictCopy === false);

/** Compares by UTF-16 code units: the same order on every computer, whatever its language. */
function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The files in `path` whose names `isKnown` accepts, each once; an iCloud placeholder counts as the
 * file it stands for (reading it then finds it incomplete until the system downloads it).
 */
async function listFiles(path: string, isKnown: (name: string) => boolean): Promise<string[]> {
  const names = new Set<string>();
  for (const entry of await readEntries(path)) {
    if (!entry.isFile() || isSyncTemporaryName(entry.name)) continue;
    const name = iCloudPlaceholderTarget(entry.name) ?? entry.name;
    if (isKnown(name)) names.add(name);
  }
  return [...names];
}

/** The entries of the folder at `path`; none when it is missing. */
async function readEntries(path: string) {
  try {
    return await fileSystem.readdir(path, { withFileTypes: true });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

/** The highest batch number in the batches folder at `path` (renamed copies included); 0 when none. */
export async function highestBatchSequence(path: string): Promise<number> {
  let highest = 0;
  for (const entry of await readEntries(path)) {
    highest = Math.max(highest, parseSyncBatchName(entry.name)?.sequence ?? 0);
  }
  return highest;
}

/**
 * Removes the temporary files this computer left in the folder at `path` (a write cut short by a
 * crash) that are older than an hour: no write of this run is that slow.
 */
export async function removeStaleTemporaryFiles(path: string, now: Date): Promise<void> {
  const hourMs = 60 * 60 * 1000;
  // Only in a plain folder: never in one a planted link leads to.
  const folder = await fileSystem.lstat(path).catch(() => null);
  if (folder?.isDirectory() !== true) return;
  for (const entry of await readEntries(path)) {
    if (!entry.isFile() || !isSyncTemporaryName(entry.name)) continue;
    const file = join(path, entry.name);
    const stats = await fileSystem.lstat(file).catch(() => null);
    if (stats !== null && now.getTime() - stats.mtimeMs > hourMs) {
      await fileSystem.unlink(file).catch(() => undefined);
    }
  }
}

/**
 * The bytes of the plain file at `path`, or null when there is none (not yet copied, removed
 * meanwhile), it is not a plain file, or it is larger than `maximumBytes` (not one the format
 * writes).
 */
export async function readFileUpTo(path: string, maximumBytes: number): Promise<Uint8Array | null> {
  try {
    const stats = await fileSystem.lstat(path);
    if (!stats.isFile() || stats.size > maximumBytes) return null;
    const bytes = await fileSystem.readFile(path);
    return bytes.byteLength > maximumBytes ? null : bytes;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes `data` atomically into the sync folder `folder` at `path` (its names below it), through a
 * `.tmp-` file beside it, which readers skip. Replaces what is there: callers decide whether it may.
 *
 * Sync services carry symbolic links (Syncthing does), so anyone who can write into the folder
 * could plant one where this computer writes. Nothing here follows one: a folder on the way that
 * is a link (or a file) is refused, missing ones are made, and a link at `path` itself is replaced
 * by the file, never written through.
 */
export async function writeIntoSyncFolder(folder: string, path: readonly string[], data: string | Uint8Array): Promise<void> {
  let parent = folder;
  for (const name of path.slice(0, -1)) {
    parent = join(parent, name);
    const stats = await fileSystem.lstat(parent).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    });
    if (stats === null) {
      await fileSystem.mkdir(parent).catch((error: unknown) => {
        // Made meanwhile (by this computer's other write): checked again below.
        if (errorCode(error) !== 'EEXIST') throw error;
      });
    }
    if (!(await fileSystem.lstat(parent)).isDirectory()) {
      throw new Error(`“${parent}” is not a plain folder (it is a link or a file), so nothing was written into it.`);
    }
  }
  const target = join(parent, path.at(-1) ?? '');
  await writeFileAtomic(target, data, unlinkedFileSystem, { temporaryPrefix: syncTemporaryPrefix });
}

/** Node's file system for atomic writes, except that the target is never resolved through a link. */
const unlinkedFileSystem = { ...nodeFileSystem, realpath: (path: string) => Promise.resolve(path) };

/** True when something is at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await fileSystem.lstat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
