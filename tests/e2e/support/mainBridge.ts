import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FolderDialogOptions } from '../../../src-main/ipc/backupHandlers';
import { createDesktopHandlers, type DesktopPorts, type OpenDialogOptions, type SaveDialogOptions } from '../../../src-main/ipc/handlers';
import { createChannelHandlers } from '../../../src-main/ipc/registerHandlers';
import type { BackupEncryptionOptions } from '../../../src-main/services/backups/backupCrypto';
import { createBackupService } from '../../../src-main/services/backups/backupService';
import type { PdfExporter, PdfRenderer, PdfRenderRequest } from '../../../src-main/services/pdfExport';
import {
  createReminderService,
  type ReminderNotification,
  type ReminderService,
} from '../../../src-main/services/reminders/reminderService';
import {
  desktopEventChannels,
  isBackupReason,
  toAppCommand,
  type AppCommand,
  type AppInfo,
  type BackupReason,
  type DesktopChannel,
  type FollowUpDue,
  type ThemeSource,
} from '../../../src-main/shared/contract';
import { fakeProtectSecret, fakeRevealSecret } from '../../main/fakeBackupPorts';
import { createFakeQuickCapturePorts, type FakeQuickCaptureDesktop } from '../../main/fakeQuickCapturePorts';
import {
  decodeBytes,
  emitEventName,
  encodeBytes,
  invokeBindingName,
  pagePreloadScript,
  type BridgeReply,
  type EmittedEvent,
} from './pagePreload';
import { createPlaywrightPdfExporter, type BridgePage, type PrintPageRoute } from './printPages';
import { testNow } from './testClock';

/*
 * Lets the end-to-end tests drive the REAL main-process handlers from a plain Chromium page:
 * the page gets a `window.api` shaped exactly like the preload's, whose calls run the handlers
 * in the test process with the real file system. Only the native dialogs are scripted, and links
 * are recorded instead of opened. PDF exports run the real handler and the real print-ready
 * wait, with Chromium's `page.pdf()` standing in for Electron's `printToPDF` (same paper, margins,
 * header and footer). Backups go to a real folder too; the key store (Electron's safeStorage) is
 * a reversible stand-in, and the desktop's `backupRequested` event is sent by the test
 * (`requestBackup`). Reminders run the real service (settings in the user-data folder); their
 * notifications and the theme sent to `nativeTheme` are recorded, and the application menu's
 * commands are sent by the test (`sendCommand`). The Inbox's git methods run the real handlers
 * with this machine's real git (`gitExecutable` can make it missing); the folder chooser answers
 * with `folderDialogPath`, as for the backup folder. Quick capture runs its real handlers over a
 * stand-in system that hands out global shortcuts (`shortcutsHeldElsewhere` are refused, as when
 * another app holds them) and a capture window that only counts opens and closes. Sync runs its
 * real handlers too: the folder chooser answers with `folderDialogPath`, the settings live in
 * `userDataPath` and the passphrase goes through the same stand-in key store, so two pages with
 * their own `userDataPath` and the same folder are two computers sharing a sync folder; the
 * desktop's `syncRequested` event (sent when the computer wakes) is sent by the test
 * (`requestSync`). Nothing here imports `electron`.
 */

/** How the scripted dialogs answer; a function returning `undefined` means the user cancelled. */
export interface MainBridgeOptions {
  /** Path the save dialog "chooses" each time it opens. Cancels when absent. */
  saveDialogPath?: () => string | undefined;
  /** Path the open dialog "chooses" each time it opens. Cancels when absent. */
  openDialogPath?: () => string | undefined;
  /**
   * Folder the folder chooser "chooses" each time it opens: the backup folder, or the folder of a
   * git repository to add to the Inbox (`folderDialogs` records which was asked). Cancels when absent.
   */
  folderDialogPath?: () => string | undefined;
  /**
   * The git program the Inbox's git methods run: `git`, found on PATH, by default. A name that
   * exists nowhere (`'scope-journal-missing-git'`) makes the computer one without git.
   */
  gitExecutable?: string;
  /**
   * The app's user-data folder, where the backup settings are kept. By default a new temporary
   * folder for each bridge, removed when the page closes.
   */
  userDataPath?: string;
  /** Whether the stand-in key store can keep the backup (and sync) passphrase; true by default. */
  isSecretStorageAvailable?: boolean;
  /** This computer's host name, its name in the sync folder until renamed; `test-computer` by default. */
  hostName?: string;
  /**
   * The sync folder's key derivation. The production setting (scrypt at 128 MiB, a few hundred
   * milliseconds per computer met) by default; a test may pass cheap parameters.
   */
  syncEncryption?: BackupEncryptionOptions;
  /** The clock of the backup and reminder handlers; by default the page's test clock (testClock.ts). */
  now?: () => Date;
  /** What `getAppInfo` answers; `mainBridgeAppInfo` by default. */
  appInfo?: AppInfo;
  /** Shortcuts another app holds: setting one as the quick-capture shortcut is refused. */
  shortcutsHeldElsewhere?: readonly string[];
  /**
   * Renders a print route to PDF bytes. By default a new page in the test page's browser context
   * (same origin, same IndexedDB) opens the route and is printed with `page.pdf()`.
   */
  renderPdf?: PdfRenderer;
}

/** What happened on the desktop side, for tests to assert on. */
export interface MainBridge {
  /** Every save dialog shown, with the options the handler gave it. */
  saveDialogs: SaveDialogOptions[];
  /** Every open dialog shown. */
  openDialogs: OpenDialogOptions[];
  /** Links that passed validation and would have opened in the system browser. */
  openedExternalLinks: string[];
  /** Every print route the PDF export rendered (or tried to). */
  renderedPdfs: PdfRenderRequest[];
  /**
   * Every route a print page was taken to: `load` opens the app there, `navigate` changes the
   * route of a page already showing it (a print window kept warm).
   */
  printPageRoutes: PrintPageRoute[];
  /** Every folder chooser shown. */
  folderDialogs: FolderDialogOptions[];
  /** The user-data folder in use (see `MainBridgeOptions.userDataPath`). */
  userDataPath: string;
  /** The reason of every `writeBackup` that has finished, written or failed, in order. */
  settledBackups: BackupReason[];
  /**
   * Does what the desktop does when its schedule is due or the app quits: sends the page the
   * `backupRequested` event, calling every listener the page registered with
   * `window.api.onBackupRequested`. Resolves to the number of listeners called (0 while the app
   * has not subscribed yet).
   */
  requestBackup(reason: BackupReason): Promise<number>;
  /**
   * Does what the desktop does when the computer wakes from sleep: sends the page the
   * `syncRequested` event, calling every listener registered with `window.api.onSyncRequested`.
   * Resolves to the number of listeners called.
   */
  requestSync(): Promise<number>;
  /** Every notification the reminders showed, in order (clicking one sends its `command`). */
  notifications: ReminderNotification[];
  /** Every theme `setThemeSource` gave `nativeTheme`, in order. */
  themeSources: ThemeSource[];
  /** The follow-ups of the last valid `setFollowUps`; `undefined` until the page sends them. */
  followUps: FollowUpDue[] | undefined;
  /**
   * Does what the application menu, a shortcut or a clicked notification does: sends the page
   * `command`, calling every listener registered with `window.api.onCommand`. Resolves to the
   * number of listeners called.
   */
  sendCommand(command: AppCommand): Promise<number>;
  /** Runs the reminder check the desktop runs every quarter of an hour, now (with `now`). */
  checkReminders(): Promise<void>;
  /** The global shortcuts the app holds, and how often the capture window opened and closed. */
  quickCapture: FakeQuickCaptureDesktop;
}

/** The fixed app information the bridge reports unless told otherwise. */
export const mainBridgeAppInfo: AppInfo = {
  name: 'Scope Journal',
  version: '0.0.0-e2e',
  platform: 'linux',
  versions: { electron: '', chrome: '', node: '' },
};

/**
 * Installs the desktop contract into `page` (call before `page.goto`). Handler errors reach the
 * page as rejected promises whose message reads as Electron's does:
 * `Error invoking remote method '<channel>': Error: <message>`.
 */
export async function installMainBridge(page: BridgePage, options: MainBridgeOptions = {}): Promise<MainBridge> {
  const userDataPath = options.userDataPath ?? createTemporaryUserData(page);
  const quickCapturePorts = createFakeQuickCapturePorts(options.shortcutsHeldElsewhere);
  const bridge: MainBridge = {
    saveDialogs: [],
    openDialogs: [],
    openedExternalLinks: [],
    renderedPdfs: [],
    printPageRoutes: [],
    folderDialogs: [],
    userDataPath,
    settledBackups: [],
    requestBackup: async (reason) => {
      if (page.evaluate === undefined) {
        throw new Error('This page cannot run scripts, so no backup can be requested in it.');
      }
      // The main process sends only known reasons; the preload checks them again.
      return isBackupReason(reason) ? emit(page.evaluate.bind(page), { channel: desktopEventChannels.backupRequested, args: [reason] }) : 0;
    },
    requestSync: async () => {
      if (page.evaluate === undefined) {
        throw new Error('This page cannot run scripts, so no sync can be requested in it.');
      }
      return emit(page.evaluate.bind(page), { channel: desktopEventChannels.syncRequested, args: [] });
    },
    notifications: [],
    themeSources: [],
    followUps: undefined,
    sendCommand: async (command) => {
      if (page.evaluate === undefined) {
        throw new Error('This page cannot run scripts, so no command can be sent to it.');
      }
      // The main process sends only well-formed commands; the preload checks them again.
      const checked = toAppCommand(command);
      return checked === undefined ? 0 : emit(page.evaluate.bind(page), { channel: desktopEventChannels.command, args: [checked] });
    },
    checkReminders: () => reminders.check(),
    quickCapture: quickCapturePorts.desktop,
  };
  const exporter: Pick<PdfExporter, 'render' | 'prepare'> = options.renderPdf
    ? { render: options.renderPdf, prepare: () => Promise.resolve() }
    : createPlaywrightPdfExporter(page, (printPage) => attach(printPage), bridge.printPageRoutes);
  const ports: DesktopPorts = {
    appInfo: () => options.appInfo ?? mainBridgeAppInfo,
    showSaveDialog: (dialogOptions) => {
      bridge.saveDialogs.push(dialogOptions);
      const filePath = options.saveDialogPath?.();
      return Promise.resolve(filePath === undefined ? { canceled: true } : { canceled: false, filePath });
    },
    showOpenDialog: (dialogOptions) => {
      bridge.openDialogs.push(dialogOptions);
      const filePath = options.openDialogPath?.();
      return Promise.resolve(filePath === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [filePath] });
    },
    openExternal: (url) => {
      bridge.openedExternalLinks.push(url);
      return Promise.resolve();
    },
    renderPdf: (request) => {
      bridge.renderedPdfs.push(request);
      return exporter.render(request);
    },
    preparePdf: () => exporter.prepare(),
    showFolderDialog: (dialogOptions) => {
      bridge.folderDialogs.push(dialogOptions);
      const folder = options.folderDialogPath?.();
      return Promise.resolve(folder === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] });
    },
    userDataPath,
    protectSecret: fakeProtectSecret,
    revealSecret: fakeRevealSecret,
    isSecretStorageAvailable: () => options.isSecretStorageAvailable ?? true,
    now: options.now ?? (() => testNow(page.context?.() ?? page)),
    execFile,
    gitExecutable: options.gitExecutable,
    hostName: () => options.hostName ?? 'test-computer',
    syncEncryption: options.syncEncryption,
    notify: (notification) => {
      bridge.notifications.push(notification);
    },
    setThemeSource: (source) => {
      bridge.themeSources.push(source);
      return Promise.resolve();
    },
    globalShortcut: quickCapturePorts.globalShortcut,
    captureWindow: quickCapturePorts.captureWindow,
  };
  const backups = createBackupService(ports);
  backups.onBackupSettled((reason) => bridge.settledBackups.push(reason));
  const reminderService = createReminderService(ports);
  const reminders: ReminderService = {
    ...reminderService,
    // Called by the real handler once the payload is valid.
    setFollowUps: (followUps) => {
      bridge.followUps = [...followUps];
      return reminderService.setFollowUps(followUps);
    },
  };
  const handlers: Record<DesktopChannel, (payload: unknown) => Promise<unknown>> = createChannelHandlers(
    createDesktopHandlers(ports, backups, reminders),
  );

  /** Gives `target` the `window.api` of this bridge (the test page, and any print page). */
  async function attach(target: BridgePage): Promise<void> {
    await target.exposeFunction(invokeBindingName, async (channel: unknown, payload: unknown): Promise<BridgeReply> => {
      if (typeof channel !== 'string' || !isDesktopChannel(channel, handlers)) {
        return { ok: false, message: `No handler registered for '${String(channel)}'` };
      }
      const handler = handlers[channel];
      try {
        return { ok: true, value: encodeBytes(await handler(decodeBytes(payload))) };
      } catch (error) {
        return { ok: false, message: `Error invoking remote method '${channel}': ${String(error)}` };
      }
    });
    await target.addInitScript({ content: pagePreloadScript() });
  }

  await attach(page);
  return bridge;
}

/**
 * How long a test waits for a PDF export through the harness: printing in a second Chromium page
 * takes a second or two, and several seconds on a busy CI machine, beyond the 5 s default.
 */
export const pdfExportTimeout = { timeout: 30_000 };

/** A new temporary user-data folder, removed when `page` closes. */
function createTemporaryUserData(page: BridgePage): string {
  const folder = mkdtempSync(join(tmpdir(), 'scope-journal-e2e-user-data-'));
  page.once?.('close', () => {
    rmSync(folder, { recursive: true, force: true });
  });
  return folder;
}

function isDesktopChannel(value: string, handlers: Record<DesktopChannel, unknown>): value is DesktopChannel {
  return Object.hasOwn(handlers, value);
}

/** Sends the page's preload an IPC event; resolves to the number of listeners it had. */
async function emit(evaluate: (expression: string) => Promise<unknown>, event: EmittedEvent): Promise<number> {
  const called = await evaluate(`window.${emitEventName}(${JSON.stringify(event)})`);
  return typeof called === 'number' ? called : 0;
}
