import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { desktopEventChannels, type AppCommand, type AppInfo, type BackupReason } from './shared/contract';
import { createDesktopHandlers, type DesktopPorts } from './ipc/handlers';
import { registerDesktopHandlers } from './ipc/registerHandlers';
import { buildMenuTemplate, type ZoomChange } from './menu/applicationMenu';
import { createReminderService, type ReminderNotification } from './services/reminders/reminderService';
import { createReminderTriggers, type ReminderTriggers } from './services/reminders/reminderTriggers';
import { createBackupService } from './services/backups/backupService';
import { createBackupTriggers, type BackupTriggers } from './services/backups/backupTriggers';
import { secretStoragePorts } from './services/backups/secretStorage';
import { createAppPageMatcher, resolveAppPageLocation } from './security/appPage';
import { registerAppScheme } from './security/appProtocol';
import { installAppProtocolHandler } from './security/appProtocolHandler';
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
import { loadThemeSource, saveThemeSource, windowBackgroundColors } from './window/themePreference';
import { loadWindowState, minimumWindowSize, nextZoomLevel, saveWindowState, type Rectangle } from './window/windowState';

/*
 * The Electron entry point: wiring only. Everything with logic in it — handlers, validation,
 * guards, file writes, window placement — lives in plain modules that take Electron's pieces as
 * arguments, so it is tested in Node without Electron.
 */

const appPage = resolveAppPageLocation({
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
/** Checks the reminders every quarter of an hour (services/reminders/reminderTriggers.ts). */
let reminderTriggers: ReminderTriggers | undefined;
/**
 * Notifications on screen: held here because Electron may garbage-collect a notification nobody
 * references, and its click would then do nothing.
 */
const shownNotifications = new Set<Notification>();

if (app.requestSingleInstanceLock()) {
  // Before ready, as Electron requires: the built page is served from app://, not file://.
  registerAppScheme(protocol);
  // Every renderer is sandboxed, including any a future feature forgets to configure.
  app.enableSandbox();
  // Windows shows an app's notifications only under its application id (electron-builder.yml).
  if (process.platform === 'win32') {
    app.setAppUserModelId('io.scopejournal.app');
  }
  app.on('second-instance', () => void showMainWindow());
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
  // One way per page to send its policy: app:// responses carry it, the dev server's get it added.
  if (appPage.kind === 'dev-server') {
    installContentSecurityPolicyHeader(session.defaultSession, developmentContentSecurityPolicy(appPage.url));
  } else {
    installAppProtocolHandler(protocol, { rendererRoot: join(__dirname, '../renderer'), contentSecurityPolicy });
  }
  // Before any window exists, so that its background and the menus already match.
  nativeTheme.themeSource = await loadThemeSource(themeFile());
  nativeTheme.on('updated', installApplicationMenu);
  installApplicationMenu();
  const ports = desktopPorts();
  // One backup service for the handlers and the triggers: one settings store, one writer.
  const backups = createBackupService(ports);
  // Likewise one reminder service: the follow-ups the page sends are the ones the checks see.
  const reminders = createReminderService(ports);
  registerDesktopHandlers(ipcMain, createDesktopHandlers(ports, backups, reminders), isAppPage);
  reminderTriggers = createReminderTriggers({ check: () => reminders.check() });
  reminderTriggers.start();
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
    showSaveDialog: (options) => (mainWindow === undefined ? dialog.showSaveDialog(options) : dialog.showSaveDialog(mainWindow, options)),
    showOpenDialog: (options) => (mainWindow === undefined ? dialog.showOpenDialog(options) : dialog.showOpenDialog(mainWindow, options)),
    openExternal: (url) => shell.openExternal(url),
    renderPdf: (request) => pdfExporter.render(request),
    preparePdf: () => pdfExporter.prepare(),
    showFolderDialog: (options) => (mainWindow === undefined ? dialog.showOpenDialog(options) : dialog.showOpenDialog(mainWindow, options)),
    userDataPath: app.getPath('userData'),
    ...secretStoragePorts(safeStorage, process.platform),
    now: () => new Date(),
    notify: showNotification,
    setThemeSource: async (source) => {
      nativeTheme.themeSource = source;
      installApplicationMenu();
      await saveThemeSource(themeFile(), source);
    },
  };
}

function themeFile(): string {
  return join(app.getPath('userData'), 'theme.json');
}

/** Sets (or refreshes: the Dark mode check mark) the native application menu. */
function installApplicationMenu(): void {
  const template = buildMenuTemplate({
    platform: desktopPlatform(),
    appName: app.getName(),
    isDevelopment: !app.isPackaged,
    isDarkMode: nativeTheme.shouldUseDarkColors,
    send: (command) => void sendCommand(command),
    zoom: changeZoom,
    quit: () => app.quit(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Brings the main window forward (opening it if there is none) and sends the page `command`. */
async function sendCommand(command: AppCommand): Promise<void> {
  const window = await showMainWindow();
  if (window !== undefined && !window.isDestroyed()) {
    window.webContents.send(desktopEventChannels.command, command);
  }
}

/** Shows a reminder where the system has notifications; a click sends the page its command. */
function showNotification(reminder: ReminderNotification): void {
  if (!Notification.isSupported()) {
    return;
  }
  const notification = new Notification({ title: reminder.title, body: reminder.body });
  const forget = (): void => {
    shownNotifications.delete(notification);
  };
  notification.on('click', () => {
    forget();
    void sendCommand(reminder.command);
  });
  notification.on('close', forget);
  shownNotifications.add(notification);
  // Some systems never report a notification closed: keep only the latest few.
  for (const old of [...shownNotifications].slice(0, -10)) {
    shownNotifications.delete(old);
  }
  notification.show();
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
    load: (route) => window.loadURL(new URL(route, appPage.url).href),
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

function windowStateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

/** Saves where the window is and its zoom; quitting waits for the write (`pendingStateSave`). */
function rememberWindowState(window: BrowserWindow): void {
  const bounds = window.getNormalBounds();
  const isMaximized = window.isMaximized();
  const zoomLevel = window.webContents.getZoomLevel();
  // One write after another, so an older state never lands last.
  pendingStateSave = (pendingStateSave ?? Promise.resolve())
    .then(() => saveWindowState(windowStateFile(), bounds, isMaximized, zoomLevel))
    .catch((error: unknown) => {
      console.error('Could not remember the window position:', error);
    });
}

/** Zooms the main window's page one step in or out, or back to actual size, and remembers it. */
function changeZoom(change: ZoomChange): void {
  const window = mainWindow;
  if (window === undefined || window.isDestroyed()) {
    return;
  }
  window.webContents.setZoomLevel(nextZoomLevel(window.webContents.getZoomLevel(), change));
  rememberWindowState(window);
}

async function createMainWindow(): Promise<BrowserWindow> {
  const state = await loadWindowState(windowStateFile(), displayWorkAreas());
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title: 'Scope Journal',
    backgroundColor: nativeTheme.shouldUseDarkColors ? windowBackgroundColors.dark : windowBackgroundColors.light,
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
    rememberWindowState(window);
  });
  // Ctrl or Cmd with the mouse wheel or a pinch: the same steps as the View menu's zoom.
  window.webContents.on('zoom-changed', (_event, direction) => {
    changeZoom(direction === 'in' ? 'in' : 'out');
  });
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = undefined;
      // A print window kept warm must not keep the app running once its window is gone.
      void pdfExporter.dispose();
    }
  });
  try {
    await window.loadURL(appPage.url);
  } catch (error) {
    console.error('Could not load the app page:', error);
  }
  // Once loaded: a zoom set before the first navigation does not last.
  if (!window.isDestroyed()) {
    window.webContents.setZoomLevel(state.zoomLevel);
  }
  return window;
}

/** The main window, restored and focused; opened first when there is none (macOS keeps running). */
async function showMainWindow(): Promise<BrowserWindow | undefined> {
  const window = mainWindow;
  if (window === undefined) {
    return app.isReady() ? createMainWindow() : undefined;
  }
  if (window.isMinimized()) {
    window.restore();
  }
  window.show();
  window.focus();
  return window;
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
  reminderTriggers?.stop();
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

function desktopPlatform(): Exclude<AppInfo['platform'], 'web'> {
  return process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
}

function failToStart(error: unknown): void {
  console.error('Scope Journal could not start:', error);
  dialog.showErrorBox('Scope Journal could not start', error instanceof Error ? error.message : String(error));
  app.quit();
}
