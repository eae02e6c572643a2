/**
 * The contract between Scope Journal's main process and its renderer: the only way the renderer
 * reaches the desktop. Types and channel names only — this module imports nothing from Electron,
 * Node or the DOM, so both sides (and the browser implementation) can depend on it.
 *
 * Every capability is one named function taking at most one payload argument. The preload maps
 * each function to `ipcRenderer.invoke(channel, payload)`; the main process validates the payload
 * and the sender before doing anything.
 */

import type { BackupCadence, BackupReason, ThemeSource } from './values';

export type { BackupCadence, BackupReason, ThemeSource } from './values';

/** What the app knows about itself, for the About box and diagnostics. */
export interface AppInfo {
  name: string;
  version: string;
  /** `'web'` when the renderer runs in a plain browser rather than the desktop app. */
  platform: 'darwin' | 'win32' | 'linux' | 'web';
  /** Electron, Chromium and Node versions, or empty in the browser. */
  versions: { electron: string; chrome: string; node: string };
}

/** A file type offered in a native dialog, e.g. `{ name: 'JSON', extensions: ['json'] }`. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveTextFileRequest {
  /** Window title of the save dialog. */
  title: string;
  /** File name the dialog suggests, without a folder. */
  suggestedName: string;
  filters: FileFilter[];
  /** The whole file's text. Written atomically: the old file stays intact if anything fails. */
  contents: string;
}

export type SaveTextFileResult = { status: 'saved'; filePath: string; bytes: number } | { status: 'cancelled' };

export interface OpenTextFileRequest {
  title: string;
  filters: FileFilter[];
}

export type OpenTextFileResult = { status: 'opened'; fileName: string; contents: string; bytes: number } | { status: 'cancelled' };

export interface ExportPacketPdfRequest {
  /** The saved packet to print; its print view is the page `#/print/packet/<packetId>`. */
  packetId: string;
  /** File name the save dialog suggests, e.g. `promotion-packet-2026-11-21.pdf`. */
  suggestedName: string;
  pageSize: 'A4' | 'Letter';
  /** The PDF's document title, which a reader shows in its title bar: the packet's title. */
  title: string;
  /** The PDF's author ("Your name" on the packet); empty when not set, and then left out. */
  author: string;
}

export type ExportPacketPdfResult =
  | { status: 'saved'; filePath: string; bytes: number }
  | { status: 'cancelled' }
  /** In a browser: the print view was opened with the browser's own print dialog. */
  | { status: 'sent-to-print-dialog' };

export interface OpenFileRequest {
  title: string;
  filters: FileFilter[];
}

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

/** A change to the automatic-backup settings; absent fields stay as they are. */
export interface BackupSettingsChange {
  cadence?: BackupCadence;
  keep?: number;
  encrypt?: boolean;
  /** A new passphrase (at least 8 characters). Required to turn encryption on the first time. */
  passphrase?: string;
}

export interface WriteBackupRequest {
  /** A whole backup file's text (see the renderer's backupFile.ts). */
  contents: string;
  reason: BackupReason;
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
  createdAt: string;
  bytes: number;
  encrypted: boolean;
}

export interface ReadBackupRequest {
  fileName: string;
  /** For an encrypted backup when no passphrase is stored (or another one was used). */
  passphrase?: string;
}

/**
 * How every encrypted backup file begins (then the format's version digit), so the page can tell
 * one it opened from a plain JSON backup before asking for the passphrase.
 */
export const encryptedBackupSignature = 'SJBK';

export interface DecryptBackupRequest {
  /** An encrypted backup file's bytes, as opened by `openFile`. */
  bytes: Uint8Array;
  passphrase: string;
}

/** The app's screens, as the View menu and notifications name them. */
export type AppScreen = 'journal' | 'insights' | 'growth' | 'packet' | 'data' | 'settings';

/**
 * What the application menu, its accelerators and notifications ask the page to do. The main
 * process only sends these; the page decides how (the same code as its own buttons and keys).
 */
export type AppCommand =
  | { type: 'new-entry' }
  | { type: 'import' }
  | { type: 'export-backup' }
  | { type: 'export-packet-pdf' }
  | { type: 'navigate'; screen: AppScreen }
  | { type: 'toggle-dark-mode' }
  | { type: 'show-shortcuts' }
  | { type: 'show-about' }
  /** A follow-up reminder was clicked: show what is awaiting an outcome. */
  | { type: 'show-follow-ups' }
  /** The quarterly-review reminder was clicked: start this quarter's review. */
  | { type: 'start-quarterly-review' };

/** Which reminders the desktop shows; all off until the user turns them on. */
export interface ReminderSettings {
  /** A weekly nudge to capture the week's wins. */
  weekly: boolean;
  /** A nudge at each quarter's end to write the quarterly review. */
  quarterlyReview: boolean;
  /** A reminder when a decision's follow-up date has come. */
  followUps: boolean;
}

/** A decision or launch waiting for its outcome, as the follow-up reminders need it. */
export interface FollowUpDue {
  entryId: string;
  title: string;
  /** Local date YYYY-MM-DD. */
  followUpOn: string;
}

/** The attribute the print view sets on `<html>` once everything, charts included, has drawn. */
export const printReadyAttribute = 'data-print-ready';

/**
 * The route of an empty print view: a print window waits there, with the app loaded, between
 * exports, so that the next export only has to draw the packet.
 */
export const printIdleRoute = '#/print/idle';

/** The route of a packet's print view. */
export function packetPrintRoute(packetId: string): string {
  return `#/print/packet/${encodeURIComponent(packetId)}`;
}

/** Everything the renderer may ask of the desktop. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  /** Asks where to save, then writes `contents` there atomically. */
  saveTextFile(request: SaveTextFileRequest): Promise<SaveTextFileResult>;
  /** Asks which file to open and returns its text (UTF-8, size-limited). */
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResult>;
  /** Opens an http(s) or mailto link in the system browser, after validation. */
  openExternalLink(url: string): Promise<void>;
  /**
   * Asks where to save, renders the packet's print view in a hidden window, waits until it is
   * print-ready and writes its PDF there atomically. No partial file is ever left.
   */
  exportPacketPdf(request: ExportPacketPdfRequest): Promise<ExportPacketPdfResult>;
  /**
   * Gets a print window ready in the background (the app loaded at the idle print route), so the
   * next `exportPacketPdf` only has to draw the packet. Called when the Packet screen opens; the
   * window is closed again when it has not been used for a few minutes.
   */
  preparePdfExport(): Promise<void>;
  /** Asks which file to open and returns its bytes (size-limited). */
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  getBackupSettings(): Promise<BackupSettingsView>;
  /** Asks for the backup folder with the system's folder chooser; `null` when cancelled. */
  chooseBackupFolder(): Promise<BackupSettingsView | null>;
  updateBackupSettings(change: BackupSettingsChange): Promise<BackupSettingsView>;
  /** Writes a backup into the backup folder (encrypted if set), then keeps only the newest N. */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  /** The backups in the backup folder, newest first. */
  listBackups(): Promise<BackupFileInfo[]>;
  /** One backup's text from the backup folder, decrypted if it is encrypted. */
  readBackup(request: ReadBackupRequest): Promise<{ contents: string }>;
  /** Decrypts an encrypted backup file the user opened; a wrong passphrase is a clear error. */
  decryptBackup(request: DecryptBackupRequest): Promise<{ contents: string }>;
  getReminderSettings(): Promise<ReminderSettings>;
  updateReminderSettings(change: Partial<ReminderSettings>): Promise<ReminderSettings>;
  /**
   * The journal's open follow-ups (no outcome yet), sent whenever they change, so the desktop can
   * remind on the day without reading the journal itself. At most a few thousand.
   */
  setFollowUps(followUps: FollowUpDue[]): Promise<void>;
  /** Tells the desktop the theme the user chose, so native parts (menus, dialogs) match. */
  setThemeSource(source: ThemeSource): Promise<void>;
}

/** What the desktop tells the page of its own accord. */
export interface DesktopEvents {
  /**
   * Calls `listener` whenever the desktop wants a backup written (the schedule is due, or the app
   * is quitting): the page answers with `writeBackup`. Returns a function that stops listening.
   */
  onBackupRequested(listener: (reason: BackupReason) => void): () => void;
  /** Calls `listener` with each command of the application menu or a clicked notification. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}

/** Everything the preload puts on `window`: the calls and the event subscriptions. */
export type DesktopBridgeApi = DesktopApi & DesktopEvents;

/** The IPC channel of each contract function, namespaced `journal:<domain>:<verb>`. */
export const desktopChannels = {
  getAppInfo: 'journal:app:info',
  saveTextFile: 'journal:file:save-text',
  openTextFile: 'journal:file:open-text',
  openExternalLink: 'journal:shell:open-external',
  exportPacketPdf: 'journal:packet:export-pdf',
  preparePdfExport: 'journal:packet:prepare-pdf',
  openFile: 'journal:file:open',
  getBackupSettings: 'journal:backup:get-settings',
  chooseBackupFolder: 'journal:backup:choose-folder',
  updateBackupSettings: 'journal:backup:update-settings',
  writeBackup: 'journal:backup:write',
  listBackups: 'journal:backup:list',
  readBackup: 'journal:backup:read',
  decryptBackup: 'journal:backup:decrypt',
  getReminderSettings: 'journal:reminders:get-settings',
  updateReminderSettings: 'journal:reminders:update-settings',
  setFollowUps: 'journal:reminders:set-follow-ups',
  setThemeSource: 'journal:app:set-theme',
} as const satisfies Record<keyof DesktopApi, `journal:${string}:${string}`>;

/** The channel of each event the main process sends to the page. */
export const desktopEventChannels = {
  backupRequested: 'journal:backup:requested',
  command: 'journal:app:command',
} as const;

export type DesktopChannel = (typeof desktopChannels)[keyof typeof desktopChannels];

/** Largest text file the app opens, in bytes (imports of years of journal fit well within it). */
export const maximumOpenFileBytes = 64 * 1024 * 1024;

/** Largest file `openFile` returns, in bytes (a backup of a very large journal fits). */
export const maximumOpenBinaryFileBytes = 256 * 1024 * 1024;

/** Name of the object the preload puts on `window`. */
export const desktopApiGlobalName = 'api';
