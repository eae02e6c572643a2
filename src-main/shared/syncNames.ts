/*
 * The names in a sync folder (format version 1: the layout is documented at the top of
 * src-main/services/sync/syncService.ts) and the renamed copies file-sync services make of them.
 * Pure: the main process lists the folder with it, the payload schemas check the page's names with
 * it, and the page may use it to tell which device a renamed device folder belongs to.
 *
 * A sync service that sees one file changed on two computers keeps both, renaming one. Each
 * computer writes only under its own folder, so that should never happen; but it does when two
 * computers share a device id (a copied user-data folder) or a service misbehaves, and a renamed
 * copy may then hold changes found nowhere else. So every copy is recognised and listed, never
 * ignored. The forms recognised after a name's stem (before `.sjs`; after a device folder's id):
 *
 *   Dropbox     ` (conflicted copy 2026-12-07)`, ` (Ana's conflicted copy 2026-12-07)`
 *   iCloud      ` 2` (a space and a number)
 *   Syncthing   `.sync-conflict-20261207-101010-ABCDEFG`
 *   OneDrive    `-HOSTNAME`
 *   Google Drive and others  ` (1)`
 *
 * and up to three of them in a row (a copy of a copy). Nothing recognised can hold a path
 * separator or `..`.
 */

/** The plaintext marker file at the top of a sync folder. */
export const syncMarkerFileName = 'scope-journal-sync.json';

/** The `format` field of the marker. */
export const syncFormatName = 'scope-journal-sync';

/** The version of the folder format this app writes and reads. */
export const syncFormatVersion = 1;

/** The extension of every encrypted file in a sync folder. */
export const syncFileExtension = '.sjs';

/** How every file being written starts its name; readers skip them. */
export const syncTemporaryPrefix = '.tmp-';

/** The folder of one device's files, under the sync folder. */
export const syncDevicesFolderName = 'devices';

/** The name of a device's own description, in its folder. */
export const syncDeviceInfoFileName = `device${syncFileExtension}`;

/** A device's sub-folders, by what they hold. */
export const syncDeviceSubfolders = { batches: 'batches', file: 'files', thumbnail: 'thumbnails' } as const;

/** The digits of a batch's sequence number in its name. */
const sequenceDigits = 10;

/** The largest sequence number a batch name can hold. */
export const maximumSyncSequence = 10 ** sequenceDigits - 1;

/** Longest name accepted: longer than any a sync service makes, shorter than any file system allows. */
const maximumNameLength = 255;

const uuidPattern = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** One renamed-copy suffix of each service (see the top of this file). */
const conflictSuffixPatterns = [
  // Dropbox, with the user's name or without, and the counter it adds when one day has several.
  String.raw` \((?:[^()/\\:\p{Cc}]{1,120}['’]s )?conflicted copy \d{4}-\d{2}-\d{2}(?: \d{1,4}| \(\d{1,4}\))?\)`,
  // iCloud Drive.
  String.raw` \d{1,4}`,
  // Google Drive, and copies made by hand in most file managers.
  String.raw` \(\d{1,4}\)`,
  // Syncthing: the date, the time and the first seven characters of the other device's id.
  String.raw`\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}`,
  // OneDrive: the other computer's host name.
  String.raw`-[A-Za-z0-9][A-Za-z0-9-]{0,62}`,
];

const conflictCopyPattern = `(?:${conflictSuffixPatterns.join('|')}){1,3}`;
const extensionPattern = String.raw`\.sjs`;

const batchNamePattern = new RegExp(`^(\\d{${sequenceDigits}})(${conflictCopyPattern})?${extensionPattern}$`, 'u');
const contentNamePattern = new RegExp(`^([0-9a-f]{64})(${conflictCopyPattern})?${extensionPattern}$`, 'u');
const deviceInfoNamePattern = new RegExp(`^device(${conflictCopyPattern})?${extensionPattern}$`, 'u');
const deviceFolderNamePattern = new RegExp(`^(${uuidPattern})(${conflictCopyPattern})?$`, 'u');
const markerCopyPattern = new RegExp(`^scope-journal-sync(${conflictCopyPattern})\\.json$`, 'u');
const deviceIdPattern = new RegExp(`^${uuidPattern}$`);
const contentHashPattern = /^[0-9a-f]{64}$/;

/** A name recognised in a sync folder: what it names, and whether a sync service renamed it. */
interface RecognisedName {
  isConflictCopy: boolean;
}

/** A batch's name: its sequence number. */
export interface SyncBatchName extends RecognisedName {
  sequence: number;
}

/** An attachment's (or its thumbnail's) name: the attachment's SHA-256, in hex. */
export interface SyncContentName extends RecognisedName {
  hash: string;
}

/** A device folder's name: the id of the device that made it. */
export interface SyncDeviceFolderName extends RecognisedName {
  deviceId: string;
}

/** True for a name that could not lead out of its folder, and that is not absurdly long. */
function isPlainName(name: string): boolean {
  return name.length > 0 && name.length <= maximumNameLength && !name.includes('..') && !/[/\\\p{Cc}]/u.test(name);
}

function matchName(pattern: RegExp, name: string): RegExpExecArray | null {
  return isPlainName(name) ? pattern.exec(name) : null;
}

/** The batch that `name` names (`0000000012.sjs`, or a renamed copy of it), or null. */
export function parseSyncBatchName(name: string): SyncBatchName | null {
  const match = matchName(batchNamePattern, name);
  return match === null ? null : { sequence: Number(match[1]), isConflictCopy: match[2] !== undefined };
}

/** The attachment that `name` names (`<sha256 hex>.sjs`, or a renamed copy of it), or null. */
export function parseSyncContentName(name: string): SyncContentName | null {
  const match = matchName(contentNamePattern, name);
  return match === null ? null : { hash: match[1] ?? '', isConflictCopy: match[2] !== undefined };
}

/** True for `device.sjs` or a renamed copy of it. */
export function isSyncDeviceInfoName(name: string): boolean {
  return matchName(deviceInfoNamePattern, name) !== null;
}

/** The device whose folder `name` is (its id, or a renamed copy of the folder), or null. */
export function parseSyncDeviceFolderName(name: string): SyncDeviceFolderName | null {
  const match = matchName(deviceFolderNamePattern, name);
  return match === null ? null : { deviceId: match[1] ?? '', isConflictCopy: match[2] !== undefined };
}

/** True for a renamed copy of the marker (`scope-journal-sync 2.json`), not the marker itself. */
export function isSyncMarkerCopyName(name: string): boolean {
  return matchName(markerCopyPattern, name) !== null;
}

/** True for a device id: a random UUID in lower case. */
export function isSyncDeviceId(value: string): boolean {
  return deviceIdPattern.test(value);
}

/** True for an attachment's SHA-256 in lower-case hex. */
export function isSyncContentHash(value: string): boolean {
  return contentHashPattern.test(value);
}

/** True for a file this app is still writing (on this computer or another): never read. */
export function isSyncTemporaryName(name: string): boolean {
  return name.startsWith(syncTemporaryPrefix);
}

/** The name of batch number `sequence`: ten digits, so names sort as numbers do. */
export function syncBatchFileName(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > maximumSyncSequence) {
    throw new RangeError(`A batch's sequence number is a whole number from 1 to ${maximumSyncSequence}.`);
  }
  return `${String(sequence).padStart(sequenceDigits, '0')}${syncFileExtension}`;
}

/** The name of the attachment (or thumbnail) whose SHA-256 is `hash`. */
export function syncContentFileName(hash: string): string {
  if (!isSyncContentHash(hash)) {
    throw new RangeError('An attachment is named by its SHA-256, in 64 lower-case hex digits.');
  }
  return `${hash}${syncFileExtension}`;
}

/**
 * The name an iCloud Drive placeholder stands for: a file the system removed to save space and
 * downloads again on demand shows as `.<name>.icloud`. `null` for any other name.
 */
export function iCloudPlaceholderTarget(name: string): string | null {
  const match = /^\.(.+)\.icloud$/.exec(name);
  return match === null ? null : (match[1] ?? null);
}
