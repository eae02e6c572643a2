/**
 * The contract between Scope Journal's main process and its page: the only way the page reaches
 * the desktop, declared once as a table. Each method is one entry: its IPC channel (namespaced
 * `journal:<domain>:<verb>`), the zod schema of its one payload, and its result type. Everything
 * else is derived from the table:
 * - the `DesktopApi` type the page calls (request types are the schemas' input types);
 * - the handlers main must provide (`DesktopHandlers`: each receives the schema's parsed output),
 *   and main's registration, which checks the sender and parses each payload once;
 * - the channel names, which the build gives the preload's one generic loop (so zod stays out of
 *   the sandboxed preload);
 * - the end-to-end harness, which runs the built preload itself;
 * - the browser implementation, which `satisfies DesktopApi`.
 *
 * This module imports no runtime (no Electron, Node, DOM, React or Dexie): both sides import it.
 */

import type { z } from 'zod';
import type { DesktopEvents } from './desktopEvents';
import type {
  AppInfo,
  BackupFileInfo,
  BackupSettingsView,
  BeginFileWriteResult,
  ExportPacketPdfResult,
  FileChunk,
  FinishFileWriteResult,
  GitRepositoryView,
  OpenFileReadResult,
  OpenFileResult,
  OpenTextFileResult,
  QuickCaptureSettings,
  ReadGitLogResult,
  ReminderSettings,
  SaveFileResult,
  SaveTextFileResult,
  SetQuickCaptureShortcutResult,
  SyncFolderListing,
  SyncReadResult,
  SyncSettingsView,
  WriteBackupResult,
  WriteSyncBatchResult,
} from './desktopResults';
import {
  backupSettingsChangeSchema,
  beginFileWriteRequestSchema,
  exportPacketPdfRequestSchema,
  externalLinkSchema,
  followUpsSchema,
  gitRepositoryIdSchema,
  noPayloadSchema,
  openFileReadRequestSchema,
  openFileRequestSchema,
  quickCaptureShortcutSchema,
  readGitLogRequestSchema,
  readSyncBatchRequestSchema,
  readSyncFileRequestSchema,
  reminderSettingsChangeSchema,
  saveFileRequestSchema,
  saveTextFileRequestSchema,
  streamRequestSchema,
  syncDeviceNameRequestSchema,
  syncPassphraseRequestSchema,
  themeSourceSchema,
  unlockFileReadRequestSchema,
  writeBackupRequestSchema,
  writeFileChunkRequestSchema,
  writeSyncBatchRequestSchema,
  writeSyncFileRequestSchema,
} from './payloadSchemas';

/**
 * A method's result type, carried by the table for the types alone: the page trusts its own main
 * process, so nothing checks results at run time.
 */
export interface ResultType<Result> {
  /** Never set; it only holds the type. */
  readonly type?: Result;
}

/** Names `Result` as a method's result type in the table. */
export function returns<Result>(): ResultType<Result> {
  return {};
}

/** One entry of a contract table. */
export interface DesktopMethodEntry {
  channel: `journal:${string}:${string}`;
  request: z.ZodType;
  result: ResultType<unknown>;
}

/** A table of contract methods, by method name. */
export type DesktopMethodTable = Record<string, DesktopMethodEntry>;

/** Every capability the page may ask of the desktop. */
export const desktopMethods = {
  /** What the app knows about itself. */
  getAppInfo: { channel: 'journal:app:info', request: noPayloadSchema, result: returns<AppInfo>() },
  /** Asks where to save, then writes `contents` there atomically. */
  saveTextFile: { channel: 'journal:file:save-text', request: saveTextFileRequestSchema, result: returns<SaveTextFileResult>() },
  /** Asks where to save, then writes `bytes` there atomically (a DOCX export; size-limited). */
  saveFile: { channel: 'journal:file:save', request: saveFileRequestSchema, result: returns<SaveFileResult>() },
  /** Asks which file to open and returns its text (UTF-8, size-limited). */
  openTextFile: { channel: 'journal:file:open-text', request: openFileRequestSchema, result: returns<OpenTextFileResult>() },
  /** Opens an http(s) or mailto link in the system browser, after validation. */
  openExternalLink: { channel: 'journal:shell:open-external', request: externalLinkSchema, result: returns<void>() },
  /**
   * Asks where to save, renders the packet's print view in a hidden window, waits until it is
   * print-ready and writes its PDF there atomically. No partial file is ever left.
   */
  exportPacketPdf: {
    channel: 'journal:packet:export-pdf',
    request: exportPacketPdfRequestSchema,
    result: returns<ExportPacketPdfResult>(),
  },
  /**
   * Gets a print window ready in the background (the app loaded at the idle print route), so the
   * next `exportPacketPdf` only has to draw the packet. Called when the Packet screen opens; the
   * window is closed again when it has not been used for a few minutes.
   */
  preparePdfExport: { channel: 'journal:packet:prepare-pdf', request: noPayloadSchema, result: returns<void>() },
  /** Asks which file to open and returns its bytes (size-limited). */
  openFile: { channel: 'journal:file:open', request: openFileRequestSchema, result: returns<OpenFileResult>() },
  getBackupSettings: { channel: 'journal:backup:get-settings', request: noPayloadSchema, result: returns<BackupSettingsView>() },
  /** Asks for the backup folder with the system's folder chooser; `null` when cancelled. */
  chooseBackupFolder: { channel: 'journal:backup:choose-folder', request: noPayloadSchema, result: returns<BackupSettingsView | null>() },
  updateBackupSettings: {
    channel: 'journal:backup:update-settings',
    request: backupSettingsChangeSchema,
    result: returns<BackupSettingsView>(),
  },
  /** Writes a backup into the backup folder (encrypted if set), then keeps only the newest N. */
  writeBackup: { channel: 'journal:backup:write', request: writeBackupRequestSchema, result: returns<WriteBackupResult>() },
  /** The backups in the backup folder, newest first. */
  listBackups: { channel: 'journal:backup:list', request: noPayloadSchema, result: returns<BackupFileInfo[]>() },
  getReminderSettings: { channel: 'journal:reminders:get-settings', request: noPayloadSchema, result: returns<ReminderSettings>() },
  updateReminderSettings: {
    channel: 'journal:reminders:update-settings',
    request: reminderSettingsChangeSchema,
    result: returns<ReminderSettings>(),
  },
  /**
   * The journal's open follow-ups (no outcome yet), sent whenever they change, so the desktop can
   * remind on the day without reading the journal itself. At most a few thousand.
   */
  setFollowUps: { channel: 'journal:reminders:set-follow-ups', request: followUpsSchema, result: returns<void>() },
  /** The git repositories added to the Inbox, in the order they were (last) added. */
  listGitRepositories: { channel: 'journal:git:list', request: noPayloadSchema, result: returns<GitRepositoryView[]>() },
  /**
   * Asks for a folder with the system's folder chooser and adds the git repository it is in (a
   * worktree or submodule too); returns the list, the added repository last (one already in the
   * list moves there), or `null` when cancelled. A folder in no repository, or git missing, is a
   * clear error.
   */
  addGitRepository: { channel: 'journal:git:add', request: noPayloadSchema, result: returns<GitRepositoryView[] | null>() },
  /** Forgets an added repository (nothing on disk changes); returns the list. */
  removeGitRepository: { channel: 'journal:git:remove', request: gitRepositoryIdSchema, result: returns<GitRepositoryView[]>() },
  /**
   * Runs the Inbox's `git log` (shared/gitLogCommand.ts) in an added repository with `execFile`
   * and an argument array, bounded in output size and time, and returns its text.
   */
  readGitLog: { channel: 'journal:git:read-log', request: readGitLogRequestSchema, result: returns<ReadGitLogResult>() },
  /** Stops every `readGitLog` still running (the user cancelled a scan); each answers `cancelled`. */
  cancelGitLog: { channel: 'journal:git:cancel-log', request: noPayloadSchema, result: returns<void>() },
  /** Tells the desktop the theme the user chose, so native parts (menus, dialogs) match. */
  setThemeSource: { channel: 'journal:app:set-theme', request: themeSourceSchema, result: returns<void>() },
  /** The quick-capture shortcut and whether the system gave it to the app. */
  getQuickCaptureSettings: {
    channel: 'journal:capture:get-settings',
    request: noPayloadSchema,
    result: returns<QuickCaptureSettings>(),
  },
  /**
   * Sets the global shortcut that opens the quick-capture window (`null` turns it off). It is
   * saved only once the system has given it to the app; when another app holds it, or it is not a
   * key combination, nothing changes and the answer says why.
   */
  setQuickCaptureShortcut: {
    channel: 'journal:capture:set-shortcut',
    request: quickCaptureShortcutSchema,
    result: returns<SetQuickCaptureShortcutResult>(),
  },
  /** Closes the quick-capture window (after Save, or on Escape); nothing when none is open. */
  closeQuickCapture: { channel: 'journal:capture:close', request: noPayloadSchema, result: returns<void>() },
  /** Opens a file to write in pieces (a backup with its attachments): chosen in a dialog, or the next one in the backup folder. */
  beginFileWrite: { channel: 'journal:stream:begin-write', request: beginFileWriteRequestSchema, result: returns<BeginFileWriteResult>() },
  /** Appends one piece to a file being written. */
  writeFileChunk: { channel: 'journal:stream:write', request: writeFileChunkRequestSchema, result: returns<void>() },
  /** Completes a file being written and puts it in place, all or nothing. */
  finishFileWrite: { channel: 'journal:stream:finish-write', request: streamRequestSchema, result: returns<FinishFileWriteResult>() },
  /** Opens a file to read in pieces: chosen in a dialog, or a backup in the backup folder. */
  openFileRead: { channel: 'journal:stream:open-read', request: openFileReadRequestSchema, result: returns<OpenFileReadResult>() },
  /** Gives the passphrase of an encrypted file being read (or, for the backup folder, uses the stored one). */
  unlockFileRead: { channel: 'journal:stream:unlock', request: unlockFileReadRequestSchema, result: returns<void>() },
  /** The next piece of a file being read. */
  readFileChunk: { channel: 'journal:stream:read', request: streamRequestSchema, result: returns<FileChunk>() },
  /** Ends a stream: a write not finished is removed, leaving the target as it was. */
  closeFileStream: { channel: 'journal:stream:close', request: streamRequestSchema, result: returns<void>() },
  /*
   * Sync between computers through a folder the user already syncs (Dropbox, Syncthing, iCloud,
   * OneDrive). Each computer writes only into its own device folder; main owns the folder (checks,
   * encryption, atomic writes, listing) and the page computes and applies the changes. The folder's
   * format is documented at the top of src-main/services/sync/syncService.ts.
   */
  /** This computer's sync settings (its device id is made the first time). */
  getSyncSettings: { channel: 'journal:sync:get-settings', request: noPayloadSchema, result: returns<SyncSettingsView>() },
  /**
   * Asks for the sync folder with the system's folder chooser and checks it: an empty folder, or
   * one a Scope Journal of this format or older wrote; anything else is refused with a message and
   * nothing is stored. Writes nothing into the folder. `null` when cancelled. Choosing another
   * folder forgets the passphrase.
   */
  chooseSyncFolder: { channel: 'journal:sync:choose-folder', request: noPayloadSchema, result: returns<SyncSettingsView | null>() },
  /**
   * Joins the sync folder with `passphrase`: when other computers' files are there, it must open
   * them (else nothing is stored or written); then the folder's marker and this computer's
   * `device.sjs` are written, and the passphrase kept (in the keychain, or for this run only).
   */
  setSyncPassphrase: { channel: 'journal:sync:set-passphrase', request: syncPassphraseRequestSchema, result: returns<SyncSettingsView>() },
  /** Renames this computer (1–80 characters, trimmed), in the sync folder too once joined. */
  renameSyncDevice: { channel: 'journal:sync:rename-device', request: syncDeviceNameRequestSchema, result: returns<SyncSettingsView>() },
  /** Every device folder of the sync folder and the files in it, by exact name. */
  listSyncFolder: { channel: 'journal:sync:list', request: noPayloadSchema, result: returns<SyncFolderListing>() },
  /** One batch's text; `incomplete` while it cannot be read whole. */
  readSyncBatch: { channel: 'journal:sync:read-batch', request: readSyncBatchRequestSchema, result: returns<SyncReadResult<string>>() },
  /** Writes a batch of changes into this computer's folder as the next in sequence (atomic, immutable). */
  writeSyncBatch: { channel: 'journal:sync:write-batch', request: writeSyncBatchRequestSchema, result: returns<WriteSyncBatchResult>() },
  /** One attachment's (or thumbnail's) bytes; `incomplete` while they cannot be read whole. */
  readSyncFile: { channel: 'journal:sync:read-file', request: readSyncFileRequestSchema, result: returns<SyncReadResult<Uint8Array>>() },
  /** Writes an attachment (or its thumbnail) into this computer's folder; nothing when it is there already. */
  writeSyncFile: { channel: 'journal:sync:write-file', request: writeSyncFileRequestSchema, result: returns<void>() },
  /**
   * "Remove this computer": marks its `device.sjs` as left, then forgets the folder and the
   * passphrase and takes a new device id for any later join. Every file stays in the folder.
   */
  leaveSyncFolder: { channel: 'journal:sync:leave', request: noPayloadSchema, result: returns<SyncSettingsView>() },
} as const satisfies DesktopMethodTable;

type Methods = typeof desktopMethods;

/** A contract method's name, e.g. `saveTextFile`. */
export type DesktopMethodName = keyof Methods;

/** The result type an entry of a contract table names. */
type ResultOf<Entry extends DesktopMethodEntry> = Entry['result'] extends ResultType<infer Result> ? Result : never;

/** The functions a page calls for `Table`: one per method, taking the schema's input. */
export type ApiOf<Table extends DesktopMethodTable> = {
  [Name in keyof Table]: [z.input<Table[Name]['request']>] extends [undefined]
    ? () => Promise<ResultOf<Table[Name]>>
    : (request: z.input<Table[Name]['request']>) => Promise<ResultOf<Table[Name]>>;
};

/** The handlers main provides for `Table`: each receives its payload parsed by the schema. */
export type HandlersOf<Table extends DesktopMethodTable> = {
  [Name in keyof Table]: (input: z.output<Table[Name]['request']>) => Promise<ResultOf<Table[Name]>>;
};

/** Everything the page may ask of the desktop. */
export type DesktopApi = ApiOf<Methods>;

/** One handler per contract method, each given its parsed, validated payload. */
export type DesktopHandlers = HandlersOf<Methods>;

/** What `method` asks for, as the page sends it. */
export type DesktopRequest<Name extends DesktopMethodName> = z.input<Methods[Name]['request']>;

/** What `method` answers. */
export type DesktopResult<Name extends DesktopMethodName> = ResultOf<Methods[Name]>;

/** The IPC channel of each contract method. */
export type DesktopChannels = { readonly [Name in DesktopMethodName]: Methods[Name]['channel'] };

/** An IPC channel of a contract method. */
export type DesktopChannel = DesktopChannels[DesktopMethodName];

/** The IPC channel of each contract method, derived from the table. */
export const desktopChannels: DesktopChannels = Object.freeze(
  // `Object.fromEntries` cannot keep the keys' types; each value is its own entry's channel.
  Object.fromEntries(Object.entries(desktopMethods).map(([name, entry]) => [name, entry.channel])) as DesktopChannels,
);

/** Every contract method's name, in the table's order. */
export const desktopMethodNames = Object.keys(desktopMethods) as DesktopMethodName[];

/** Everything the preload puts on `window`: the calls and the event subscriptions. */
export type DesktopBridgeApi = DesktopApi & DesktopEvents;

/** A change to the automatic-backup settings; absent fields stay as they are. */
export type BackupSettingsChange = DesktopRequest<'updateBackupSettings'>;

/** Which packet to print to PDF, and how. */
export type ExportPacketPdfRequest = DesktopRequest<'exportPacketPdf'>;

/**
 * Validates `payload` against `schema`, or throws an Error naming the channel and each problem
 * (field path and reason, never the offending value, which may be huge or private).
 */
export function parsePayload<Schema extends z.ZodType>(channel: string, schema: Schema, payload: unknown): z.output<Schema> {
  const result = schema.safeParse(payload);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
  throw new Error(`Invalid request for ${channel}: ${problems.join('; ')}`);
}

/** The attribute the print view sets on `<html>` once everything, charts included, has drawn. */
export const printReadyAttribute = 'data-print-ready';

/**
 * The route of an empty print view: a print window waits there, with the app loaded, between
 * exports, so that the next export only has to draw the packet.
 */
export const printIdleRoute = '#/print/idle';

/** The route of the quick-capture window: the app's own page, showing only the capture form. */
export const quickCaptureRoute = '#/capture';

/** The route of a packet's print view. */
export function packetPrintRoute(packetId: string): string {
  return `#/print/packet/${encodeURIComponent(packetId)}`;
}

export type { FollowUpDue } from './payloadSchemas';
export type * from './desktopResults';
export * from './desktopEvents';
export {
  encryptedBackupSignature,
  maximumAttachmentBytes,
  maximumOpenBinaryFileBytes,
  maximumOpenFileBytes,
  maximumSyncBatchBytes,
  maximumSyncDeviceNameLength,
} from './values';
export type { BackupCadence, BackupReason, ThemeSource } from './values';
