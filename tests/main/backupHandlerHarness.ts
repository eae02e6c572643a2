import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { FolderDialogOptions } from '../../src-main/ipc/backupHandlers';
import { createDesktopHandlers, type DesktopPorts } from '../../src-main/ipc/handlers';
import { createChannelHandlers } from '../../src-main/ipc/registerHandlers';
import { createBackupService, type BackupService } from '../../src-main/services/backups/backupService';
import { desktopChannels, type BackupReason } from '../../src-main/shared/contract';
import { createTestClock, fakeBackupPorts, type TestClock } from './fakeBackupPorts';
import { createFakeQuickCapturePorts } from './fakeQuickCapturePorts';

/*
 * The harness of the backup handlers' tests: the handlers over real folders: a temporary user-data folder for the settings, another
 * for the backups; only the folder chooser, the key store and the clock are fakes.
 */

/** This test's folders: a temporary root, with the user-data folder and the backup folder in it. */
export const folders = { root: '', userData: '', backupFolder: '' };

/** Gives each test of the calling file new folders, removed after it. */
export function useTemporaryFolders(): void {
  beforeEach(() => {
    folders.root = mkdtempSync(join(tmpdir(), 'scope-journal-backup-handlers-'));
    folders.userData = join(folders.root, 'user-data');
    folders.backupFolder = join(folders.root, 'Backups');
  });
  afterEach(() => {
    rmSync(folders.root, { recursive: true, force: true });
  });
}

/** The `day`th of March 2026 at nine in the morning UTC, plus `hours`. */
export function march(day: number, hours = 0): Date {
  return new Date(Date.UTC(2026, 2, day, 9 + hours));
}

export const contents = '{"format":"scope-journal-backup","entries":["déjà vu"]}';
export const passphrase = 'correct horse battery';

export interface TestOptions {
  /** The folder the chooser picks; cancels when undefined. */
  folder?: string;
  /** The file the open dialog picks; cancels when undefined. */
  openFilePath?: string;
  clock?: TestClock;
  isSecretStorageAvailable?: boolean;
  userDataPath?: string;
  revealSecret?: (bytes: Uint8Array) => string;
}

/** Backup handlers over the test folders, with a record of folder dialogs and settled writes. */
export function createTestHandlers(options: TestOptions = {}) {
  const folderDialogs: FolderDialogOptions[] = [];
  const settled: BackupReason[] = [];
  const warnings: string[] = [];
  const clock = options.clock ?? createTestClock(march(1));
  const backupPorts = fakeBackupPorts(options.userDataPath ?? folders.userData, {
    clock,
    isSecretStorageAvailable: options.isSecretStorageAvailable,
    warnings,
  });
  const ports: DesktopPorts = {
    appInfo: () => {
      throw new Error('not used');
    },
    showSaveDialog: () => Promise.reject(new Error('not used')),
    showOpenDialog: () => {
      const filePath = options.openFilePath;
      return Promise.resolve(filePath === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [filePath] });
    },
    openExternal: () => Promise.reject(new Error('not used')),
    renderPdf: () => Promise.reject(new Error('not used')),
    preparePdf: () => Promise.reject(new Error('not used')),
    notify: () => undefined,
    setThemeSource: () => Promise.reject(new Error('not used')),
    execFile: () => {
      throw new Error('not used');
    },
    showFolderDialog: (dialogOptions) => {
      folderDialogs.push(dialogOptions);
      const folder = options.folder;
      return Promise.resolve(folder === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] });
    },
    ...createFakeQuickCapturePorts(),
    ...backupPorts,
    revealSecret: options.revealSecret ?? backupPorts.revealSecret,
  };
  const backups: BackupService = createBackupService(ports);
  backups.onBackupSettled((reason) => settled.push(reason));
  const handlers = createChannelHandlers(createDesktopHandlers(ports, backups));
  return { handlers, folderDialogs, settled, warnings, clock };
}

type TestHandlers = ReturnType<typeof createTestHandlers>['handlers'];

/** Handlers whose settings already name the backup folder. */
export async function withFolder(options: TestOptions = {}) {
  const test = createTestHandlers({ folder: folders.backupFolder, ...options });
  await test.handlers[desktopChannels.chooseBackupFolder](undefined);
  return test;
}

export function write(handlers: TestHandlers, text = contents, reason: BackupReason = 'now') {
  return handlers[desktopChannels.writeBackup]({ contents: text, reason });
}

/** Opens a backup in the folder to be read in pieces; resolves to its stream's id. */
export async function openBackup(handlers: TestHandlers, fileName: string): Promise<string> {
  const opened = await handlers[desktopChannels.openFileRead]({ source: 'backup-folder', fileName });
  if (opened.status !== 'open') throw new Error('not opened');
  return opened.streamId;
}

/** Reads an open stream to its end, one `readFileChunk` at a time (rejects as the last piece does). */
export async function readAll(handlers: TestHandlers, streamId: string): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for (;;) {
    const piece = await handlers[desktopChannels.readFileChunk]({ streamId });
    pieces.push(piece.bytes);
    if (piece.done) break;
  }
  return Buffer.concat(pieces);
}

/** Reads an open stream to its end as UTF-8 text, as the page decodes a backup. */
export async function readText(handlers: TestHandlers, streamId: string): Promise<string> {
  return new TextDecoder('utf-8', { fatal: true }).decode(await readAll(handlers, streamId));
}

export const defaultView = {
  folder: null,
  cadence: 'daily',
  keep: 10,
  encrypt: false,
  hasPassphrase: false,
  lastBackupAt: null,
  nextBackupAt: null,
};
