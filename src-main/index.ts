import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, safeStorage, screen, session, shell } from 'electron';
import { desktopEventChannels, type AppInfo, type BackupReason } from './shared/contract';
import { createDesktopHandlers, type DesktopPorts } from './ipc/handlers';
import { registerDesktopHandlers } from './ipc/registerHandlers';
import { createBackupService } from './services/backups/backupService';
import { createBackupTriggers, type BackupTriggers } from './services/backups/backupTriggers';
import { secretStoragePorts } from './services/backups/secretStorage';
import { createAppPageMatcher, resolveAppPageLocation } from './security/appPage';
import {
  createPdfRenderer,
  electronPrintToPdfOptions,
  navigateScript,
  printViewportSizes,
  waitForPrintReadyScript,
  type PrintWindow,
} from './services/pdfExport';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from './security/contentSecurityPolicy';
import { installContentSecurityPolicyHeader, installPermissionGuards } from './security/permissionGuards';
import { installWindowGuards } from './security/windowGuards';
import { loadWindowState, minimumWindowSize, saveWindowState, type Rectangle } from './window/windowState';

/*
 * The Electron entry point: wiring only. Everything with logic in it — handlers, validation,
 * guards, file writes, window placement — lives in plain modules that take Electron's pieces as
 * arguments, so it is tested in Node without Electron.
 */

const appPage = resolveAppPageLocation({
  rendererFilePath: join(__dirname, '../renderer/index.html'),
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  isPackaged: app.isPackaged,
});
const isAppPage = createAppPageMatcher(appPage);

let mainWindow: BrowserWindow | undefined;
let pendingStateSave: Promise<void> | undefined;
/** Prints packets in hidden windows, keeping one warm between exports (services/pdfExport.ts). */
const pdfExporter = createPdfRenderer(openPrintWindow);
/** Asks the page for automatic backups (services/backups/backupTriggers.ts); set once started. */
let backupTriggers: BackupTriggers | undefined;

if (app.requestSingleInstanceLock()) {
  // Every renderer is sandboxed, including any a future feature forgets to configure.
  app.enableSandbox();
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    installWindowGuards(contents, { isAppPage, openExternal: (url) => shell.openExternal(url) });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit();
    }
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      void createMainWindow();
    }
  });
  app.on('before-quit', holdQuitForBackup);
  app.on('will-quit', finishStateSaveBeforeQuit);
  app.whenReady().then(start).catch(failToStart);
} else {
  // Another instance owns the journal; it is told through its `second-instance` event.
  app.quit();
}

async function start(): Promise<void> {
  installPermissionGuards(session.defaultSession);
  installContentSecurityPolicyHeader(
    session.defaultSession,
    appPage.kind === 'dev-server' ? developmentContentSecurityPolicy(appPage.url) : contentSecurityPolicy,
  );
  const ports = desktopPorts();
  // One backup service for the handlers and the triggers: one settings store, one writer.
  const backups = createBackupService(ports);
  registerDesktopHandlers(ipcMain, createDesktopHandlers(ports, backups), isAppPage);
  const triggers = createBackupTriggers({
    readSettings: () => backups.settings(),
    knownSettings: () => backups.knownSettings(),
    send: requestBackup,
    quit: () => app.quit(),
    now: () => new Date(),
  });
  backups.onBackupSettled((reason) => triggers.backupSettled(reason));
  backupTriggers = triggers;
  // Read now, so that a quit soon after start knows whether to wait for a backup.
  void backups.settings();
  triggers.start();
  await createMainWindow();
}

function desktopPorts(): DesktopPorts {
  return {
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: desktopPlatform(),
      versions: {
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        node: process.versions.node,
      },
    }),
    showSaveDialog: (options) =>
      mainWindow === undefined ? dialog.showSaveDialog(options) : dialog.showSaveDialog(mainWindow, options),
    showOpenDialog: (options) =>
      mainWindow === undefined ? dialog.showOpenDialog(options) : dialog.showOpenDialog(mainWindow, options),
    openExternal: (url) => shell.openExternal(url),
    renderPdf: (request) => pdfExporter.render(request),
    preparePdf: () => pdfExporter.prepare(),
    showFolderDialog: (options) =>
      mainWindow === undefined ? dialog.showOpenDialog(options) : dialog.showOpenDialog(mainWindow, options),
    userDataPath: app.getPath('userData'),
    ...secretStoragePorts(safeStorage, process.platform),
    now: () => new Date(),
  };
}

/** Sends the page the `backupRequested` event; false when there is no page to ask. */
function requestBackup(reason: BackupReason): boolean {
  const window = mainWindow;
  if (window === undefined || window.isDestroyed()) {
    return false;
  }
  window.webContents.send(desktopEventChannels.backupRequested, reason);
  return true;
}

/** The renderer's security settings, shared by every window that shows the app's page. */
function secureWebPreferences() {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    preload: join(__dirname, '../preload/index.js'),
  };
}

/**
 * A hidden window showing the app's page at print routes, created when an export or the Packet
 * screen asks for one and destroyed when it has not been used for a while (so none exists at
 * startup). Sized to A4 paper; never throttled, so it draws although nobody sees it.
 */
function openPrintWindow(): PrintWindow {
  const window = new BrowserWindow({
    ...printViewportSizes.A4,
    show: false,
    title: 'Scope Journal — print',
    webPreferences: { ...secureWebPreferences(), spellcheck: false, backgroundThrottling: false },
  });
  const { webContents } = window;
  return {
    load: (route) =>
      appPage.kind === 'dev-server'
        ? window.loadURL(new URL(route, appPage.url).href)
        : window.loadFile(appPage.filePath, { hash: route }),
    navigate: async (route) => {
      await webContents.executeJavaScript(navigateScript(route));
    },
    waitForPrintReady: (waitMs) => webContents.executeJavaScript(waitForPrintReadyScript(waitMs)) as Promise<unknown>,
    print: (size) => webContents.printToPDF(electronPrintToPdfOptions(size)),
    close: () => {
      if (!window.isDestroyed()) {
        window.destroy();
      }
    },
  };
}

async function createMainWindow(): Promise<void> {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = await loadWindowState(stateFile, displayWorkAreas());
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title: 'Scope Journal',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: { ...secureWebPreferences(), spellcheck: true },
  });
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (state.isMaximized) {
      window.maximize();
    }
    window.show();
  });
  window.on('close', (event) => {
    // Outside macOS, closing the window quits the app, and the page must be there to back up.
    if (process.platform !== 'darwin' && backupTriggers?.holdQuit() === true) {
      event.preventDefault();
      return;
    }
    pendingStateSave = saveWindowState(stateFile, window.getNormalBounds(), window.isMaximized()).catch(
      (error: unknown) => {
        console.error('Could not remember the window position:', error);
      },
    );
  });
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = undefined;
      // A print window kept warm must not keep the app running once its window is gone.
      void pdfExporter.dispose();
    }
  });
  try {
    await (appPage.kind === 'dev-server' ? window.loadURL(appPage.url) : window.loadFile(appPage.filePath));
  } catch (error) {
    console.error('Could not load the app page:', error);
  }
}

function focusMainWindow(): void {
  if (mainWindow === undefined) {
    if (app.isReady()) {
      void createMainWindow();
    }
    return;
  }
  if (mainWindow.isMinimized()) {
    mainWindow.restore();
  }
  mainWindow.show();
  mainWindow.focus();
}

/**
 * The first quit waits (15 s at most) for the page to write a backup, when automatic backups are
 * on; `backupTriggers` quits again once it is written.
 */
function holdQuitForBackup(event: { preventDefault(): void }): void {
  if (backupTriggers?.holdQuit() === true) {
    event.preventDefault();
  }
}

/** Quitting waits for the window position to reach the disk; the write takes milliseconds. */
function finishStateSaveBeforeQuit(event: { preventDefault(): void }): void {
  backupTriggers?.stop();
  const pending = pendingStateSave;
  if (pending === undefined) {
    return;
  }
  pendingStateSave = undefined;
  event.preventDefault();
  void pending.finally(() => {
    app.quit();
  });
}

function displayWorkAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

function desktopPlatform(): AppInfo['platform'] {
  return process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
}

function failToStart(error: unknown): void {
  console.error('Scope Journal could not start:', error);
  dialog.showErrorBox('Scope Journal could not start', error instanceof Error ? error.message : String(error));
  app.quit();
}
