import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FolderDialogOptions } from '../../../src-main/ipc/backupHandlers';
import { createDesktopHandlers, type DesktopPorts, type OpenDialogOptions, type SaveDialogOptions } from '../../../src-main/ipc/handlers';
import { appCommandTypes, appScreens } from '../../../src-main/preload/createDesktopApi';
import { testNow } from './testClock';
import { createBackupService } from '../../../src-main/services/backups/backupService';
import {
  createReminderService,
  type ReminderNotification,
  type ReminderService,
} from '../../../src-main/services/reminders/reminderService';
import {
  desktopApiGlobalName,
  desktopChannels,
  type AppCommand,
  type AppInfo,
  type BackupReason,
  type DesktopChannel,
  type FollowUpDue,
  type ThemeSource,
} from '../../../src-main/shared/contract';
import { backupReasons } from '../../../src-main/shared/values';
import { createPdfRenderer, type PdfExporter, type PdfRenderer, type PdfRenderRequest } from '../../../src-main/services/pdfExport';
import { navigateScript, waitForPrintReadyScript } from '../../../src-main/services/pdfExport/pageScripts';
import { printViewportSizes } from '../../../src-main/services/pdfExport/printOptions';
import { playwrightPdfOptions } from '../../support/playwrightPdf';

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
 * commands are sent by the test (`sendCommand`). Nothing here imports `electron`.
 */

/** How the scripted dialogs answer; a function returning `undefined` means the user cancelled. */
export interface MainBridgeOptions {
  /** Path the save dialog "chooses" each time it opens. Cancels when absent. */
  saveDialogPath?: () => string | undefined;
  /** Path the open dialog "chooses" each time it opens. Cancels when absent. */
  openDialogPath?: () => string | undefined;
  /** Folder the folder chooser (the backup folder) "chooses" each time it opens. Cancels when absent. */
  folderDialogPath?: () => string | undefined;
  /**
   * The app's user-data folder, where the backup settings are kept. By default a new temporary
   * folder for each bridge, removed when the page closes.
   */
  userDataPath?: string;
  /** Whether the stand-in key store can keep the backup passphrase; true by default. */
  isSecretStorageAvailable?: boolean;
  /** The clock of the backup and reminder handlers; by default the page's test clock (testClock.ts). */
  now?: () => Date;
  /** What `getAppInfo` answers; `mainBridgeAppInfo` by default. */
  appInfo?: AppInfo;
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
  printPageRoutes: { how: 'load' | 'navigate'; route: string }[];
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
}

/** The fixed app information the bridge reports unless told otherwise. */
export const mainBridgeAppInfo: AppInfo = {
  name: 'Scope Journal',
  version: '0.0.0-e2e',
  platform: 'linux',
  versions: { electron: '', chrome: '', node: '' },
};

/** Name of the page binding that carries calls to the test process. */
const invokeBindingName = '__scopeJournalInvoke';

/** Name of the page function that calls the page's `onBackupRequested` listeners. */
const backupRequestName = '__scopeJournalRequestBackup';

/** Name of the page function that calls the page's `onCommand` listeners. */
const commandSendName = '__scopeJournalSendCommand';

/**
 * The key of the object that carries bytes as base64 through the binding, in both directions:
 * Playwright passes a binding's arguments and results as JSON, which has no `Uint8Array`.
 */
const bytesKey = '__scopeJournalBytes';

/** Every reason the desktop may ask for a backup (a `Record`, so none can be forgotten). */

/**
 * Marks the key store's stand-in "sealed" text. This is a test stand-in only: reversible base64
 * behind a prefix, NOT protection. The app uses Electron's safeStorage.
 */
const fakeSealPrefix = 'fake-safe-storage:';

/** A handler's outcome, as it crosses back into the page. */
export type BridgeReply = { ok: true; value: unknown } | { ok: false; message: string };

/** What the page-side script needs to build `window.api`. */
export interface PageApiSettings {
  globalName: string;
  bindingName: string;
  channels: Record<string, string>;
  backupRequestName: string;
  backupReasons: string[];
  commandSendName: string;
  commandTypes: string[];
  screens: string[];
  bytesKey: string;
}

/**
 * What the bridge uses of a Playwright `Page` (a real `Page` satisfies it). `url` and `context`
 * serve only the default PDF renderer, which opens a print page beside the test page.
 */
export interface BridgePage {
  exposeFunction(name: string, callback: (channel: unknown, payload: unknown) => Promise<BridgeReply>): Promise<unknown>;
  addInitScript(script: (settings: PageApiSettings) => void, settings: PageApiSettings): Promise<unknown>;
  url?(): string;
  context?(): { newPage(): Promise<PrintPage> };
  /** Runs a script in the page; `requestBackup` and `sendCommand` need it. */
  evaluate?(expression: string): Promise<unknown>;
  /** Used to remove the default user-data folder when the page closes. */
  once?(event: 'close', listener: () => void): unknown;
}

/** What the default PDF renderer uses of the page it prints (a real `Page` satisfies it). */
export interface PrintPage extends BridgePage {
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  emulateMedia(options: { media: 'print' }): Promise<void>;
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  pdf(options: ReturnType<typeof playwrightPdfOptions>): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Installs the desktop contract into `page` (call before `page.goto`). Handler errors reach the
 * page as rejected promises whose message reads as Electron's does:
 * `Error invoking remote method '<channel>': Error: <message>`.
 */
export async function installMainBridge(page: BridgePage, options: MainBridgeOptions = {}): Promise<MainBridge> {
  const userDataPath = options.userDataPath ?? createTemporaryUserData(page);
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
      const called = await page.evaluate(`window.${backupRequestName}(${JSON.stringify(reason)})`);
      return typeof called === 'number' ? called : 0;
    },
    notifications: [],
    themeSources: [],
    followUps: undefined,
    sendCommand: async (command) => {
      if (page.evaluate === undefined) {
        throw new Error('This page cannot run scripts, so no command can be sent to it.');
      }
      const called = await page.evaluate(`window.${commandSendName}(${JSON.stringify(command)})`);
      return typeof called === 'number' ? called : 0;
    },
    checkReminders: () => reminders.check(),
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
    notify: (notification) => {
      bridge.notifications.push(notification);
    },
    setThemeSource: (source) => {
      bridge.themeSources.push(source);
      return Promise.resolve();
    },
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
  const handlers = createDesktopHandlers(ports, backups, reminders);

  /** Gives `target` the `window.api` of this bridge (the test page, and any print page). */
  async function attach(target: BridgePage): Promise<void> {
    await target.exposeFunction(invokeBindingName, async (channel: unknown, payload: unknown): Promise<BridgeReply> => {
      if (typeof channel !== 'string' || !isDesktopChannel(channel)) {
        return { ok: false, message: `No handler registered for '${String(channel)}'` };
      }
      const handler: (payload: unknown) => Promise<unknown> = handlers[channel];
      try {
        return { ok: true, value: encodeBytes(await handler(decodeBytes(payload))) };
      } catch (error) {
        return { ok: false, message: `Error invoking remote method '${channel}': ${String(error)}` };
      }
    });
    const settings: PageApiSettings = {
      globalName: desktopApiGlobalName,
      bindingName: invokeBindingName,
      channels: desktopChannels,
      backupRequestName,
      backupReasons: [...backupReasons],
      commandSendName,
      commandTypes: Object.keys(appCommandTypes),
      screens: Object.keys(appScreens),
      bytesKey,
    };
    await target.addInitScript(installPageApi, settings);
  }

  await attach(page);
  return bridge;
}

/**
 * The end-to-end stand-in for the app's hidden print windows: new pages in the test page's browser
 * context (same origin and IndexedDB; like the app's windows they have `window.api`), laid out at
 * A4 size in print media, taken to print routes beside the test page's own URL, kept warm and
 * waited on exactly as the app does (`createPdfRenderer`), printed with `page.pdf()` using the
 * app's templates and margins. `routes` records where each page was taken.
 */
export function createPlaywrightPdfExporter(
  page: BridgePage,
  preparePrintPage: (printPage: PrintPage) => Promise<void> = () => Promise.resolve(),
  routes: MainBridge['printPageRoutes'] = [],
): PdfExporter {
  return createPdfRenderer(async () => {
    if (page.context === undefined || page.url === undefined) {
      throw new Error('This page cannot open a print page: pass `renderPdf` to installMainBridge.');
    }
    const appUrl = page.url();
    const printPage = await page.context().newPage();
    try {
      await preparePrintPage(printPage);
      await printPage.setViewportSize(printViewportSizes.A4);
      await printPage.emulateMedia({ media: 'print' });
    } catch (error) {
      await printPage.close();
      throw error;
    }
    return {
      load: async (route) => {
        routes.push({ how: 'load', route });
        await printPage.goto(new URL(route, appUrl).href);
      },
      navigate: async (route) => {
        routes.push({ how: 'navigate', route });
        await printPage.evaluate(navigateScript(route));
      },
      waitForPrintReady: (waitMs) => printPage.evaluate(waitForPrintReadyScript(waitMs)),
      print: (size) => printPage.pdf(playwrightPdfOptions(size)),
      close: () => printPage.close(),
    };
  });
}

function isDesktopChannel(value: string): value is DesktopChannel {
  return Object.values<string>(desktopChannels).includes(value);
}

/** A new temporary user-data folder, removed when `page` closes. */
function createTemporaryUserData(page: BridgePage): string {
  const folder = mkdtempSync(join(tmpdir(), 'scope-journal-e2e-user-data-'));
  page.once?.('close', () => {
    rmSync(folder, { recursive: true, force: true });
  });
  return folder;
}

/** The key store's stand-in: reversible base64 behind a prefix (see `fakeSealPrefix`). */
function fakeProtectSecret(text: string): Uint8Array {
  return new TextEncoder().encode(`${fakeSealPrefix}${Buffer.from(text, 'utf8').toString('base64')}`);
}

function fakeRevealSecret(bytes: Uint8Array): string {
  const sealed = new TextDecoder().decode(bytes);
  if (!sealed.startsWith(fakeSealPrefix)) {
    throw new Error('The stand-in key store did not seal this secret.');
  }
  return Buffer.from(sealed.slice(fakeSealPrefix.length), 'base64').toString('utf8');
}

/** `value` with every `Uint8Array` in it replaced by `{ [bytesKey]: base64 }`, for the page. */
function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    return { [bytesKey]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  }
  if (Array.isArray(value)) {
    return value.map(encodeBytes);
  }
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeBytes(item)]));
  }
  return value;
}

/** `value` from the page with every `{ [bytesKey]: base64 }` turned back into a `Uint8Array`. */
function decodeBytes(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(decodeBytes);
  }
  if (!isPlainObject(value)) {
    return value;
  }
  const encoded = value[bytesKey];
  if (typeof encoded === 'string' && Object.keys(value).length === 1) {
    const bytes = Buffer.from(encoded, 'base64');
    // A plain Uint8Array, as Electron's IPC delivers one.
    return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decodeBytes(item)]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Runs inside the page, before the page's own scripts: defines `window.api` with one function per
 * contract method, as the preload's `createDesktopApi` does. Serialized by Playwright, so it may
 * use nothing from this module's scope.
 */
function installPageApi({
  globalName,
  bindingName,
  channels,
  backupRequestName,
  backupReasons,
  commandSendName,
  commandTypes,
  screens,
  bytesKey,
}: PageApiSettings): void {
  type Invoke = (channel: string, payload: unknown) => Promise<BridgeReply>;
  const isInvoke = (value: unknown): value is Invoke => typeof value === 'function';
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

  // Bytes cross the binding as base64 (see `bytesKey`), in chunks so no call gets too many arguments.
  const toBase64 = (bytes: Uint8Array): string => {
    let binary = '';
    for (let offset = 0; offset < bytes.length; offset += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
    }
    return btoa(binary);
  };
  const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) {
      return { [bytesKey]: toBase64(value) };
    }
    if (Array.isArray(value)) {
      return value.map(encode);
    }
    return isRecord(value) ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)])) : value;
  };
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return value.map(decode);
    }
    if (!isRecord(value)) {
      return value;
    }
    const encoded = value[bytesKey];
    if (typeof encoded === 'string' && Object.keys(value).length === 1) {
      return fromBase64(encoded);
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
  };

  const api: Record<string, (argument?: unknown) => unknown> = {};
  for (const [method, channel] of Object.entries(channels)) {
    api[method] = async (payload?: unknown) => {
      const invoke: unknown = Reflect.get(window, bindingName);
      if (!isInvoke(invoke)) {
        throw new Error('The main-process bridge is not installed in this page.');
      }
      const reply = await invoke(channel, encode(payload));
      if (!reply.ok) {
        throw new Error(reply.message);
      }
      return decode(reply.value);
    };
  }

  // The desktop's events, as the preload's `createDesktopEvents` gives them: the listener gets
  // the reason only, and a function to stop listening comes back.
  const backupListeners = new Set<(reason: string) => void>();
  api.onBackupRequested = (listener?: unknown) => {
    if (typeof listener !== 'function') {
      throw new TypeError('onBackupRequested needs a function to call.');
    }
    const subscription = (reason: string): void => {
      Reflect.apply(listener, undefined, [reason]);
    };
    backupListeners.add(subscription);
    return () => {
      backupListeners.delete(subscription);
    };
  };
  Object.defineProperty(window, backupRequestName, {
    value: (reason: unknown): number => {
      if (typeof reason !== 'string' || !backupReasons.includes(reason)) {
        return 0;
      }
      const listeners = [...backupListeners];
      for (const listener of listeners) {
        try {
          listener(reason);
        } catch (error) {
          // Reported as an uncaught page error, as a throwing IPC listener would be.
          setTimeout(() => {
            throw error;
          });
        }
      }
      return listeners.length;
    },
  });

  // The menu's commands, checked as the preload checks them: a known type, a known screen for
  // `navigate`, no other keys; the listener gets a fresh copy.
  const commandListeners = new Set<(command: Record<string, string>) => void>();
  const toCommand = (value: unknown): Record<string, string> | undefined => {
    if (!isRecord(value) || typeof value.type !== 'string' || !commandTypes.includes(value.type)) {
      return undefined;
    }
    const keyCount = Object.keys(value).length;
    if (value.type === 'navigate') {
      return keyCount === 2 && typeof value.screen === 'string' && screens.includes(value.screen)
        ? { type: value.type, screen: value.screen }
        : undefined;
    }
    return keyCount === 1 ? { type: value.type } : undefined;
  };
  api.onCommand = (listener?: unknown) => {
    if (typeof listener !== 'function') {
      throw new TypeError('onCommand needs a function to call.');
    }
    const subscription = (command: Record<string, string>): void => {
      Reflect.apply(listener, undefined, [command]);
    };
    commandListeners.add(subscription);
    return () => {
      commandListeners.delete(subscription);
    };
  };
  Object.defineProperty(window, commandSendName, {
    value: (value: unknown): number => {
      const command = toCommand(value);
      if (command === undefined) {
        return 0;
      }
      const listeners = [...commandListeners];
      for (const listener of listeners) {
        try {
          listener({ ...command });
        } catch (error) {
          setTimeout(() => {
            throw error;
          });
        }
      }
      return listeners.length;
    },
  });
  Object.defineProperty(window, globalName, { value: Object.freeze(api), enumerable: true });
}
