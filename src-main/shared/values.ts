/*
 * Values both runtimes need, written once: the main process validates with them, the page offers
 * them as choices, and the end-to-end bridge checks against them. Plain data and pure functions:
 * this module, like the whole contract, imports no runtime.
 */

/** How often automatic backups are written. */
export const backupCadences = ['daily', 'weekly', 'off'] as const;
export type BackupCadence = (typeof backupCadences)[number];

/** Why a backup is asked for: the schedule, quitting, or the user's "Back up now". */
export const backupReasons = ['scheduled', 'quit', 'now'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** Most backups the backup folder may be asked to keep. */
export const maximumKeptBackups = 1000;

/** The app's theme: the system's, or one the user chose. */
export const themeSources = ['system', 'light', 'dark'] as const;
export type ThemeSource = (typeof themeSources)[number];

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isLocalDate(value: string): boolean {
  const match = localDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** Largest backup file that is read back, in bytes. */
export const maximumBackupFileBytes = 512 * 1024 * 1024;

/**
 * Largest backup archive (a backup with its attached files, read in pieces, never whole) that is
 * read back: 4 GiB, the most a zip without its 64-bit extensions can hold.
 */
export const maximumBackupArchiveBytes = 4 * 1024 * 1024 * 1024 - 1;

/** Shortest passphrase accepted for new backups, in characters (code points). */
export const minimumPassphraseLength = 8;

/** Longest passphrase accepted, in characters (code points). */
export const maximumPassphraseLength = 1024;

/** Most open follow-ups the page sends the desktop (and the most remembered as reminded). */
export const maximumFollowUps = 5000;

/** Longest entry id accepted from the page. */
export const maximumEntryIdLength = 200;

/** Largest text file the app opens, in bytes (imports of years of journal fit well within it). */
export const maximumOpenFileBytes = 64 * 1024 * 1024;

/** Largest file `openFile` returns, in bytes (a backup of a very large journal fits). */
export const maximumOpenBinaryFileBytes = 256 * 1024 * 1024;

/** The largest file that can be attached to an entry: 25 MB (its thumbnail is far smaller). */
export const maximumAttachmentBytes = 25 * 1024 * 1024;

/** Largest change batch one computer writes into the sync folder at once, in UTF-8 bytes. */
export const maximumSyncBatchBytes = 32 * 1024 * 1024;

/** Longest name of a computer in the sync folder, in characters. */
export const maximumSyncDeviceNameLength = 80;

/**
 * The length of `text` in UTF-8 bytes, counted without encoding it (a 256 MB payload is measured
 * without a second copy). A lone surrogate counts as the three bytes of its replacement character.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * How every encrypted backup file begins (then the format's version digit), so the page can tell
 * one it opened from a plain JSON backup before asking for the passphrase.
 */
export const encryptedBackupSignature = 'SJBK';
