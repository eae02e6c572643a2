import { join } from 'node:path';
import { app, BrowserWindow, nativeTheme, screen } from 'electron';
import type { ZoomChange } from '../menu/applicationMenu';
import { secureWebPreferences } from './secureWebPreferences';
import { windowBackgroundColors } from './themePreference';
import { loadWindowState, minimumWindowSize, nextZoomLevel, saveWindowState, type Rectangle } from './windowState';

/*
 * The app's one main window: opened at the place and zoom it had last time, shown once painted,
 * and remembered (position, size, zoom) whenever it closes or zooms. The logic of placing and
 * zooming is in windowState.ts; this is the Electron side.
 */

interface MainWindowOptions {
  /** The app's page, loaded in the window. */
  appPageUrl: string;
  /** True when closing must wait (the page is asked for a backup first); see the quit sequence. */
  holdQuit: () => boolean;
  /** Called once the main window is gone. */
  onClosed: () => void;
}

/** The main window of one app run: there is at most one at a time (macOS may have none). */
export interface MainWindow {
  /** The window, when there is one. */
  current(): BrowserWindow | undefined;
  /** Opens the window (at app start, or when macOS reactivates an app without one). */
  open(): Promise<BrowserWindow>;
  /** The window, restored and focused; opened first when there is none (macOS keeps running). */
  show(): Promise<BrowserWindow | undefined>;
  /** Zooms the page one step in or out, or back to actual size, and remembers it. */
  zoom(change: ZoomChange): void;
  /** Sends the page an event; false when there is no page to send it to. */
  send(channel: string, ...args: unknown[]): boolean;
  /** The window-state write still going on, if any, handed over to the quit that waits for it. */
  takePendingStateSave(): Promise<void> | undefined;
}

/** Builds the main window's controller; no window exists until `open` or `show`. */
export function createMainWindow(options: MainWindowOptions): MainWindow {
  let mainWindow: BrowserWindow | undefined;
  let pendingStateSave: Promise<void> | undefined;

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

  function zoom(change: ZoomChange): void {
    const window = mainWindow;
    if (window === undefined || window.isDestroyed()) {
      return;
    }
    window.webContents.setZoomLevel(nextZoomLevel(window.webContents.getZoomLevel(), change));
    rememberWindowState(window);
  }

  async function open(): Promise<BrowserWindow> {
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
      if (process.platform !== 'darwin' && options.holdQuit()) {
        event.preventDefault();
        return;
      }
      rememberWindowState(window);
    });
    // Ctrl or Cmd with the mouse wheel or a pinch: the same steps as the View menu's zoom.
    window.webContents.on('zoom-changed', (_event, direction) => {
      zoom(direction === 'in' ? 'in' : 'out');
    });
    window.on('closed', () => {
      if (mainWindow === window) {
        mainWindow = undefined;
        options.onClosed();
      }
    });
    try {
      await window.loadURL(options.appPageUrl);
    } catch (error) {
      console.error('Could not load the app page:', error);
    }
    // Once loaded: a zoom set before the first navigation does not last.
    if (!window.isDestroyed()) {
      window.webContents.setZoomLevel(state.zoomLevel);
    }
    return window;
  }

  return {
    current: () => mainWindow,
    open,
    show: async () => {
      const window = mainWindow;
      if (window === undefined) {
        return app.isReady() ? open() : undefined;
      }
      if (window.isMinimized()) {
        window.restore();
      }
      window.show();
      window.focus();
      return window;
    },
    zoom,
    send: (channel, ...args) => {
      const window = mainWindow;
      if (window === undefined || window.isDestroyed()) {
        return false;
      }
      window.webContents.send(channel, ...args);
      return true;
    },
    takePendingStateSave: () => {
      const pending = pendingStateSave;
      pendingStateSave = undefined;
      return pending;
    },
  };
}

function windowStateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

function displayWorkAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}
