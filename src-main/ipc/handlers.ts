import { basename } from 'node:path';
import {
  maximumOpenBinaryFileBytes,
  maximumOpenFileBytes,
  packetPrintRoute,
  type AppInfo,
  type DesktopHandlers,
  type DesktopRequest,
  type SaveFileResult,
  type ThemeSource,
} from '../shared/contract';
import { isAllowedExternalUrl } from '../shared/externalUrl';
import { readFileLimited, readTextFileLimited, writeFileAtomic } from '../services/atomicWrite';
import { createBackupService, type BackupPorts, type BackupService } from '../services/backups/backupService';
import { createGitService, type GitPorts, type GitService } from '../services/git/gitService';
import type { PdfRenderer } from '../services/pdfExport';
import { withDocumentInfo } from '../services/pdfDocumentInfo';
import { createReminderService, type ReminderPorts, type ReminderService } from '../services/reminders/reminderService';
import { createSyncService, type SyncPorts, type SyncService } from '../services/sync/syncService';
import { createQuickCapture, type QuickCapture, type QuickCapturePorts } from '../app/quickCapture';
import { createBackupHandlers, type BackupHandlers, type ShowFolderDialog } from './backupHandlers';
import { createGitHandlers } from './gitHandlers';
import { createQuickCaptureHandlers } from './quickCaptureHandlers';
import { createReminderHandlers } from './reminderHandlers';
import { createStreamHandlers } from './streamHandlers';
import { createSyncHandlers } from './syncHandlers';

/** A file type offered in a native dialog, e.g. `{ name: 'JSON', extensions: ['json'] }`. */
export type FileFilter = DesktopRequest<'openFile'>['filters'][number];

/** What the handlers ask of a native save dialog (a subset of Electron's options). */
export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
}

/** What the handlers ask of a native open dialog (a subset of Electron's options). */
export interface OpenDialogOptions {
  title: string;
  filters: FileFilter[];
  properties: ['openFile'];
}

/**
 * The desktop capabilities the handlers use, injected so that the handlers run in plain Node: the
 * app wires Electron's `dialog`, `shell`, `app`, `safeStorage` and `globalShortcut` and the
 * quick-capture window here, Node's `execFile` for git and `os.hostname` for sync; tests and the
 * end-to-end bridge pass fakes for the dialogs, the key store and the shortcuts and keep the real
 * file system (and git, except where a test simulates it).
 */
export interface DesktopPorts extends BackupPorts, ReminderPorts, GitPorts, QuickCapturePorts, SyncPorts {
  appInfo: () => AppInfo;
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  /** The system's folder chooser (the backup folder, a git repository). */
  showFolderDialog: ShowFolderDialog;
  openExternal: (url: string) => Promise<void>;
  /** Renders an app route (a print view) to PDF bytes, in a window the user never sees. */
  renderPdf: PdfRenderer;
  /** Gets a print window ready for the next `renderPdf`; never rejects. */
  preparePdf: () => Promise<void>;
  /** Sets `nativeTheme.themeSource` and remembers it for the next start. */
  setThemeSource: (source: ThemeSource) => Promise<void>;
}

/** The filter of the PDF save dialog. */
const pdfFilters: FileFilter[] = [{ name: 'PDF document', extensions: ['pdf'] }];

/**
 * Asks where to save with the request's dialog, then writes `data` there atomically; a cancelled
 * dialog writes nothing.
 */
async function saveChosenFile(
  ports: DesktopPorts,
  request: Pick<DesktopRequest<'saveFile'>, 'title' | 'suggestedName' | 'filters'>,
  data: string | Uint8Array,
): Promise<SaveFileResult> {
  const choice = await ports.showSaveDialog({
    title: request.title,
    defaultPath: request.suggestedName,
    filters: request.filters,
  });
  // Some platforms report a cancel as an empty path rather than `canceled`.
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
    return { status: 'cancelled' };
  }
  await writeFileAtomic(choice.filePath, data);
  return {
    status: 'saved',
    filePath: choice.filePath,
    bytes: typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength,
  };
}

/**
 * Builds the handler of every contract method. Each receives its payload already parsed by the
 * contract's schema (see `createChannelHandlers`), so nothing here touches a dialog or the disk
 * with an invalid request. The backup methods use `backups`, the reminder methods `reminders`,
 * the quick-capture methods `quickCapture`, the Inbox's git methods `git` and the sync methods
 * `sync`; the app passes its own backups, reminders and quick capture, which its triggers, start
 * and quit share, and everyone else the default ones, made from `ports`.
 */
export function createDesktopHandlers(
  ports: DesktopPorts,
  backups: BackupService = createBackupService(ports),
  reminders: ReminderService = createReminderService(ports),
  quickCapture: QuickCapture = createQuickCapture(ports),
  git: GitService = createGitService(ports),
  sync: SyncService = createSyncService(ports),
): DesktopHandlers {
  const backupHandlers: BackupHandlers = createBackupHandlers(backups, ports.showFolderDialog);
  return {
    ...backupHandlers,
    ...createReminderHandlers(reminders),
    ...createGitHandlers(git, ports.showFolderDialog),
    ...createQuickCaptureHandlers(quickCapture),
    ...createStreamHandlers(ports, backups),
    ...createSyncHandlers(sync, ports.showFolderDialog),

    setThemeSource: (source) => ports.setThemeSource(source),

    getAppInfo: (): Promise<AppInfo> => Promise.resolve(ports.appInfo()),

    saveTextFile: (request) => saveChosenFile(ports, request, request.contents),

    saveFile: (request) => saveChosenFile(ports, request, request.bytes),

    openTextFile: async (request) => {
      const filePath = await chooseFileToOpen(ports, request);
      if (filePath === undefined) {
        return { status: 'cancelled' };
      }
      const file = await readTextFileLimited(filePath, maximumOpenFileBytes);
      return { status: 'opened', fileName: basename(filePath), contents: file.contents, bytes: file.bytes };
    },

    openFile: async (request) => {
      const filePath = await chooseFileToOpen(ports, request);
      if (filePath === undefined) {
        return { status: 'cancelled' };
      }
      const bytes = await readFileLimited(filePath, maximumOpenBinaryFileBytes);
      return { status: 'opened', fileName: basename(filePath), bytes };
    },

    openExternalLink: async (url) => {
      if (!isAllowedExternalUrl(url)) {
        throw new Error('Only web (http, https) and email (mailto) links can be opened outside the app.');
      }
      await ports.openExternal(url);
    },

    exportPacketPdf: async (request) => {
      // Ask first: a cancelled export renders nothing.
      const choice = await ports.showSaveDialog({
        title: 'Export packet as PDF',
        defaultPath: request.suggestedName,
        filters: pdfFilters,
      });
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
        return { status: 'cancelled' };
      }
      // The whole PDF is in memory before anything touches the disk, and the write is atomic:
      // a failure at any step leaves no file, and any earlier file at that path as it was.
      const printed = await ports.renderPdf({ route: packetPrintRoute(request.packetId), pageSize: request.pageSize });
      if (!isPdf(printed)) {
        throw new Error('The packet could not be printed to PDF (the result was not a PDF); nothing was saved.');
      }
      const pdf = withPacketDocumentInfo(printed, request);
      try {
        await writeFileAtomic(choice.filePath, pdf);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`The PDF could not be saved as “${basename(choice.filePath)}” (${reason}).`, { cause: error });
      }
      return { status: 'saved', filePath: choice.filePath, bytes: pdf.byteLength };
    },

    preparePdfExport: () => ports.preparePdf(),
  };
}

/**
 * The printed PDF titled with the packet's title and signed with its author. The print view's
 * `<title>` already gave Chromium the title; a PDF whose end cannot be updated is kept as printed,
 * since losing the author is better than losing the export.
 */
function withPacketDocumentInfo(pdf: Uint8Array, request: { title: string; author: string }): Uint8Array {
  try {
    return withDocumentInfo(pdf, { title: request.title, author: request.author });
  } catch (error) {
    console.warn('The PDF was saved without its author:', error instanceof Error ? error.message : error);
    return pdf;
  }
}

/** Asks which file to open; `undefined` when the user cancels. */
async function chooseFileToOpen(
  ports: Pick<DesktopPorts, 'showOpenDialog'>,
  request: { title: string; filters: FileFilter[] },
): Promise<string | undefined> {
  const choice = await ports.showOpenDialog({ title: request.title, filters: request.filters, properties: ['openFile'] });
  const filePath = choice.filePaths[0];
  return choice.canceled || filePath === undefined || filePath === '' ? undefined : filePath;
}

/** True when `bytes` starts as every PDF file does (`%PDF-`). */
function isPdf(bytes: Uint8Array): boolean {
  const signature = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return bytes.byteLength > signature.length && signature.every((byte, index) => bytes[index] === byte);
}
