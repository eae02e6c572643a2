import type { BackupCadence } from './values';

/*
 * What the desktop answers: the result types of the contract's methods. Written by hand (nothing
 * parses them: the page trusts its own main process), and named in the contract table.
 */

/** What the app knows about itself, for the About box and diagnostics. */
export interface AppInfo {
  name: string;
  version: string;
  /** `'web'` when the renderer runs in a plain browser rather than the desktop app. */
  platform: 'darwin' | 'win32' | 'linux' | 'web';
  /** Electron, Chromium and Node versions, or empty in the browser. */
  versions: { electron: string; chrome: string; node: string };
}

export type SaveTextFileResult = { status: 'saved'; filePath: string; bytes: number } | { status: 'cancelled' };

/** Where a file of bytes was saved (a path on the desktop; the download's name in a browser). */
export type SaveFileResult = SaveTextFileResult;

export type OpenTextFileResult = { status: 'opened'; fileName: string; contents: string; bytes: number } | { status: 'cancelled' };

export type ExportPacketPdfResult =
  | { status: 'saved'; filePath: string; bytes: number }
  | { status: 'cancelled' }
  /** In a browser: the print view was opened with the browser's own print dialog. */
  | { status: 'sent-to-print-dialog' };

/** A file's raw bytes: imports decode text themselves, and read zip archives. */
export type OpenFileResult = { status: 'opened'; fileName: string; bytes: Uint8Array } | { status: 'cancelled' };

/** The automatic-backup settings as the renderer sees them (the passphrase never leaves main). */
export interface BackupSettingsView {
  /** The folder backups are written to; automatic backups are off until one is chosen. */
  folder: string | null;
  cadence: BackupCadence;
  /** How many backups are kept; older ones are deleted after each new one. */
  keep: number;
  /** Whether backups are encrypted with the passphrase (AES-256-GCM, key from scrypt). */
  encrypt: boolean;
  /** Whether a passphrase is stored (protected by the operating system's keychain). */
  hasPassphrase: boolean;
  lastBackupAt: string | null;
  /** When the next automatic backup is due, or null when none is scheduled. */
  nextBackupAt: string | null;
}

export interface WriteBackupResult {
  fileName: string;
  bytes: number;
  /** Older backups deleted to keep the newest N. */
  removed: string[];
}

/** One backup in the backup folder. */
export interface BackupFileInfo {
  fileName: string;
  /** When the backup was made (from its name), as an ISO 8601 UTC time. */
  createdAt: string;
  bytes: number;
  encrypted: boolean;
}

/** Which reminders the desktop shows; all off until the user turns them on. */
export interface ReminderSettings {
  /** A weekly nudge to capture the week's wins. */
  weekly: boolean;
  /** A nudge at each quarter's end to write the quarterly review. */
  quarterlyReview: boolean;
  /** A reminder when a decision's follow-up date has come. */
  followUps: boolean;
}

/** A git repository the user added to the Inbox (desktop app). */
export interface GitRepositoryView {
  /** Stable while the repository stays added; what `readGitLog` and `removeGitRepository` take. */
  id: string;
  /** The repository's folder name, shown and used as the drafts' tag. */
  name: string;
  /** Its top-level folder, as git reports it. */
  path: string;
}

/**
 * The output of the Inbox's `git log` in one repository, or that git is not installed (the page
 * then says how to install it and offers the command to run by hand).
 */
export type ReadGitLogResult =
  | { status: 'read'; repository: GitRepositoryView; text: string }
  | { status: 'git-missing' }
  /** Stopped by `cancelGitLog` (the user chose Cancel). */
  | { status: 'cancelled' };

/**
 * Whether the quick-capture shortcut works: none is set (`off`), the system gave it to the app
 * (`active`), or another app holds it, so pressing it does nothing here (`refused-by-os`).
 */
export type QuickCaptureShortcutStatus = 'off' | 'active' | 'refused-by-os';

/** The quick-capture settings as the page sees them (desktop app only). */
export interface QuickCaptureSettings {
  /** The shortcut (an Electron accelerator, e.g. `CmdOrCtrl+Alt+J`), or null while it is off. */
  accelerator: string | null;
  status: QuickCaptureShortcutStatus;
}

/**
 * What became of a new quick-capture shortcut: registered (and saved), turned off, refused by the
 * system because another app holds it, or not a key combination at all. `settings` is what holds
 * afterwards: a refused or invalid shortcut changes nothing, so the previous one still works.
 */
export type SetQuickCaptureShortcutResult =
  | { status: 'registered'; settings: QuickCaptureSettings }
  | { status: 'off'; settings: QuickCaptureSettings }
  | { status: 'refused-by-os'; accelerator: string; settings: QuickCaptureSettings }
  | { status: 'invalid'; reason: string; settings: QuickCaptureSettings };

/** A file opened for writing in pieces, or the save dialog cancelled. */
export type BeginFileWriteResult = { status: 'open'; streamId: string } | { status: 'cancelled' };

/** A file written in pieces, in place. `removed` lists old backups rotated out (backup folder only). */
export interface FinishFileWriteResult {
  filePath: string;
  fileName: string;
  bytes: number;
  removed: string[];
}

/** A file opened for reading in pieces, or the open dialog cancelled. */
export type OpenFileReadResult =
  { status: 'open'; streamId: string; fileName: string; bytes: number; encrypted: boolean } | { status: 'cancelled' };

/** One piece of a file being read; `done` with the last, once an encrypted file is authenticated whole. */
export interface FileChunk {
  bytes: Uint8Array;
  done: boolean;
}

/**
 * Sync between computers through a folder the user already syncs (desktop app), as the page sees
 * its settings. The passphrase never leaves main.
 */
export interface SyncSettingsView {
  /** The sync folder; sync is off until one is chosen. */
  folder: string | null;
  /** This computer's id in the sync folder (its folder is `devices/<deviceId>`). */
  deviceId: string;
  /** This computer's name as the other computers see it (the host name until renamed). */
  deviceName: string;
  /** Whether the passphrase is known in this run (stored in the keychain, or given since the app started). */
  hasPassphrase: boolean;
  /** Whether the passphrase is kept in the system keychain, so it is known at the next start too. */
  isPassphraseStored: boolean;
  /** Whether this computer has a keychain that can keep the passphrase; without one it is asked at each start. */
  isSecretStorageAvailable: boolean;
}

/** What a computer in the sync folder says about itself (its `device.sjs`). */
export interface SyncDeviceInfo {
  deviceId: string;
  name: string;
  /** When it last wrote a batch, joined or was renamed (ISO 8601). */
  lastActivityAt: string;
  appVersion: string;
  /** It was removed from sync ("Remove this computer"): it writes nothing more. */
  hasLeft: boolean;
}

/**
 * One device folder of the sync folder and the files in it, by exact name. Each name is what
 * `readSyncBatch` and `readSyncFile` take: the canonical one (`0000000012.sjs`, `<sha256>.sjs`) or
 * a renamed copy a sync service made (`0000000012 (conflicted copy 2026-12-07).sjs`), which may
 * hold changes found nowhere else and must be read too. Batches are sorted by sequence number.
 */
export interface SyncDeviceListing {
  /**
   * The device folder's name under `devices/`, which the read methods take as `deviceId`: the
   * device's id, or, for a folder a sync service renamed, that folder's exact name (`<id> 2`).
   * The device it belongs to is `info.deviceId`, or the 36 characters it starts with
   * (`parseSyncDeviceFolderName` in shared/syncNames.ts).
   */
  deviceId: string;
  /** The folder this computer writes into (its own id exactly). */
  isThisComputer: boolean;
  /** Its `device.sjs` (the newest complete one of it and its renamed copies); null while unreadable or incomplete. */
  info: SyncDeviceInfo | null;
  batches: string[];
  files: string[];
  thumbnails: string[];
}

/** Everything the sync folder holds, by device. */
export interface SyncFolderListing {
  folder: string;
  devices: SyncDeviceListing[];
}

/**
 * A file read from the sync folder: complete, or not (yet) readable whole: still being copied by
 * the sync service, cut short, damaged, or written under another passphrase. Try again later.
 */
export type SyncReadResult<T> = { status: 'complete'; value: T } | { status: 'incomplete' };

/** A batch this computer wrote into its own folder. */
export interface WriteSyncBatchResult {
  /** Its file name, e.g. `0000000013.sjs`. */
  name: string;
}
