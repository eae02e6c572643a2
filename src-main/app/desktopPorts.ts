import { execFile } from 'node:child_process';
import { hostname } from 'node:os';
import { app, dialog, globalShortcut, safeStorage, shell, type BrowserWindow } from 'electron';
import type { DesktopPorts } from '../ipc/handlers';
import type { ReminderNotification } from '../services/reminders/reminderService';
import type { PdfExporter } from '../services/pdfExport';
import { secretStoragePorts } from '../services/backups/secretStorage';
import type { ThemeSource } from '../shared/contract';
import { desktopPlatform } from './platform';
import type { CaptureWindowPort } from './quickCapture';

/** What the ports need from the rest of the app run. */
interface DesktopPortsOptions {
  /** The main window, which the dialogs belong to while there is one. */
  mainWindow: () => BrowserWindow | undefined;
  pdfExporter: PdfExporter;
  notify: (reminder: ReminderNotification) => void;
  setThemeSource: (source: ThemeSource) => Promise<void>;
  /** The quick-capture window, which the global shortcut opens. */
  captureWindow: CaptureWindowPort;
}

/**
 * The desktop's capabilities as the handlers and services take them: Electron's dialogs, shell,
 * key store, global shortcuts and paths, Node's `execFile` for git and the host name for sync, so
 * that everything with logic in it runs in Node without Electron.
 */
export function createDesktopPorts(options: DesktopPortsOptions): DesktopPorts {
  const { mainWindow, pdfExporter } = options;
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
    showSaveDialog: (dialogOptions) => {
      const window = mainWindow();
      return window === undefined ? dialog.showSaveDialog(dialogOptions) : dialog.showSaveDialog(window, dialogOptions);
    },
    showOpenDialog: (dialogOptions) => showOpenDialog(mainWindow(), dialogOptions),
    openExternal: (url) => shell.openExternal(url),
    renderPdf: (request) => pdfExporter.render(request),
    preparePdf: () => pdfExporter.prepare(),
    showFolderDialog: (dialogOptions) => showOpenDialog(mainWindow(), dialogOptions),
    userDataPath: app.getPath('userData'),
    ...secretStoragePorts(safeStorage, process.platform),
    now: () => new Date(),
    execFile,
    hostName: () => hostname(),
    notify: options.notify,
    setThemeSource: options.setThemeSource,
    // Looked up at each call, not bound once, so the real-Electron tests can watch registrations.
    globalShortcut: {
      register: (accelerator, callback) => globalShortcut.register(accelerator, callback),
      unregister: (accelerator) => globalShortcut.unregister(accelerator),
      isRegistered: (accelerator) => globalShortcut.isRegistered(accelerator),
    },
    captureWindow: options.captureWindow,
  };
}

/** The open dialog, belonging to `window` when there is one. */
function showOpenDialog(window: BrowserWindow | undefined, options: Electron.OpenDialogOptions) {
  return window === undefined ? dialog.showOpenDialog(options) : dialog.showOpenDialog(window, options);
}
