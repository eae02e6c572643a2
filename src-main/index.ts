import { join } from 'node:path';
import { app, dialog, ipcMain, nativeTheme, powerMonitor, protocol, session, shell, type Tray } from 'electron';
import { desktopEventChannels, type AppCommand } from './shared/contract';
import { createDesktopHandlers } from './ipc/handlers';
import { registerDesktopHandlers } from './ipc/registerHandlers';
import { createDesktopPorts } from './app/desktopPorts';
import { createNotifier } from './app/notifications';
import { createQuitSequence } from './app/quitSequence';
import { createCaptureWindowController } from './app/captureWindowController';
import { createQuickCapture, type QuickCapture } from './app/quickCapture';
import { installTray } from './app/tray';
import { installApplicationMenu } from './menu/installApplicationMenu';
import { createReminderService } from './services/reminders/reminderService';
import { createReminderTriggers, type ReminderTriggers } from './services/reminders/reminderTriggers';
import { createBackupService } from './services/backups/backupService';
import { createBackupTriggers, type BackupTriggers } from './services/backups/backupTriggers';
import { createPdfRenderer } from './services/pdfExport';
import { createAppPageMatcher, resolveAppPageLocation } from './security/appPage';
import { registerAppScheme } from './security/appProtocol';
import { installAppProtocolHandler } from './security/appProtocolHandler';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from './security/contentSecurityPolicy';
import { installContentSecurityPolicyHeader, installPermissionGuards } from './security/permissionGuards';
import { installWindowGuards } from './security/windowGuards';
import { openCaptureWindow } from './window/captureWindow';
import { createMainWindow } from './window/mainWindow';
import { changeThemeSource, restoreThemeSource } from './window/nativeThemeSource';
import { openPrintWindow } from './window/printWindow';

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

/** Prints packets in hidden windows, keeping one warm between exports (services/pdfExport). */
const pdfExporter = createPdfRenderer(() => openPrintWindow(appPage.url));
/** Asks the page for automatic backups (services/backups/backupTriggers.ts); set once started. */
let backupTriggers: BackupTriggers | undefined;
/** Checks the reminders every quarter of an hour (services/reminders/reminderTriggers.ts). */
let reminderTriggers: ReminderTriggers | undefined;
/** Quick capture's global shortcut (app/quickCapture.ts); set once started. */
let quickCapture: QuickCapture | undefined;
/** The tray icon, held so that it is never garbage-collected; set once started. */
let tray: Tray | undefined;

const mainWindow = createMainWindow({
  appPageUrl: appPage.url,
  holdQuit: () => backupTriggers?.holdQuit() === true,
  // A print window kept warm must not keep the app running once its window is gone.
  onClosed: () => void pdfExporter.dispose(),
});
const quitSequence = createQuitSequence({
  holdForBackup: () => backupTriggers?.holdQuit() === true,
  stopChecks: () => {
    backupTriggers?.stop();
    reminderTriggers?.stop();
  },
  releaseDesktopIntegration: () => {
    quickCapture?.stop();
    tray?.destroy();
    tray = undefined;
  },
  takePendingStateSave: () => mainWindow.takePendingStateSave(),
  quit: () => app.quit(),
});

if (app.requestSingleInstanceLock()) {
  // Before ready, as Electron requires: the built page is served from app://, not file://.
  registerAppScheme(protocol);
  // Every renderer is sandboxed, including any a future feature forgets to configure.
  app.enableSandbox();
  // Windows shows an app's notifications only under its application id (electron-builder.yml).
  if (process.platform === 'win32') {
    app.setAppUserModelId('io.scopejournal.app');
  }
  app.on('second-instance', () => void mainWindow.show());
  app.on('web-contents-created', (_event, contents) => {
    installWindowGuards(contents, { isAppPage, openExternal: (url) => shell.openExternal(url) });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit();
    }
  });
  // macOS: the Dock icon opens the main window when there is none (a capture window may be open).
  app.on('activate', () => {
    if (mainWindow.current() === undefined) {
      void mainWindow.open();
    }
  });
  app.on('before-quit', quitSequence.beforeQuit);
  app.on('will-quit', quitSequence.willQuit);
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
  await restoreThemeSource();
  nativeTheme.on('updated', refreshApplicationMenu);
  refreshApplicationMenu();
  const ports = createDesktopPorts({
    mainWindow: () => mainWindow.current(),
    pdfExporter,
    notify: createNotifier((command) => void sendCommand(command)),
    setThemeSource: (source) => changeThemeSource(source, refreshApplicationMenu),
    captureWindow: createCaptureWindowController({
      create: () => openCaptureWindow(appPage.url),
      // macOS brings a background app's new window forward only once the app is active.
      activateApp: () => {
        if (process.platform === 'darwin') app.focus({ steal: true });
      },
    }),
  });
  // One backup service for the handlers and the triggers: one settings store, one writer.
  const backups = createBackupService(ports);
  // Likewise one reminder service: the follow-ups the page sends are the ones the checks see.
  const reminders = createReminderService(ports);
  // One quick capture for the handlers, the start and the quit: one set of registered shortcuts.
  quickCapture = createQuickCapture(ports);
  registerDesktopHandlers(ipcMain, createDesktopHandlers(ports, backups, reminders, quickCapture), isAppPage);
  reminderTriggers = createReminderTriggers({ check: () => reminders.check() });
  reminderTriggers.start();
  const triggers = createBackupTriggers({
    readSettings: () => backups.settings(),
    knownSettings: () => backups.knownSettings(),
    send: (reason) => mainWindow.send(desktopEventChannels.backupRequested, reason),
    quit: () => app.quit(),
    now: () => new Date(),
  });
  backups.onBackupSettled((reason) => triggers.backupSettled(reason));
  backupTriggers = triggers;
  // Read now, so that a quit soon after start knows whether to wait for a backup.
  void backups.settings();
  triggers.start();
  // Waking from sleep: the other computers have likely written to the sync folder meanwhile.
  powerMonitor.on('resume', () => {
    mainWindow.send(desktopEventChannels.syncRequested);
  });
  try {
    tray = installTray({
      newEntry: () => void sendCommand({ type: 'new-entry' }),
      openJournal: () => void mainWindow.show(),
      quit: () => app.quit(),
    });
  } catch (error) {
    // A desktop without a tray (some Linux panels) still gets the app, its menu and its shortcut.
    console.error('Could not put the icon in the tray:', error);
  }
  await quickCapture.start();
  await mainWindow.open();
}

/** Sets the application menu, or refreshes it (its Dark mode check mark) after a theme change. */
function refreshApplicationMenu(): void {
  installApplicationMenu({ send: (command) => void sendCommand(command), zoom: (change) => mainWindow.zoom(change) });
}

/** Brings the main window forward (opening it if there is none) and sends the page `command`. */
async function sendCommand(command: AppCommand): Promise<void> {
  const window = await mainWindow.show();
  if (window !== undefined && !window.isDestroyed()) {
    window.webContents.send(desktopEventChannels.command, command);
  }
}

function failToStart(error: unknown): void {
  console.error('Scope Journal could not start:', error);
  dialog.showErrorBox('Scope Journal could not start', error instanceof Error ? error.message : String(error));
  app.quit();
}
