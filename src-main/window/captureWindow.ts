import { BrowserWindow, nativeTheme } from 'electron';
import type { CaptureWindowHandle } from '../app/captureWindowController';
import { quickCaptureRoute } from '../shared/contract';
import { secureWebPreferences } from './secureWebPreferences';
import { windowBackgroundColors } from './themePreference';

/** The capture window's size: room for a title, two choices and a few lines of body. */
const captureWindowSize = { width: 560, height: 480 } as const;

/**
 * A small quick-capture window, above every other window, showing the app's own page (at
 * `appPageUrl`, same origin, same preload and the same secure settings as the main window) at the
 * capture route. Shown and focused once painted. No menu bar, no minimize, maximize or full screen:
 * it is closed, not kept. The window guards every web contents gets (index.ts) apply to it too.
 */
export function openCaptureWindow(appPageUrl: string): CaptureWindowHandle {
  const window = new BrowserWindow({
    ...captureWindowSize,
    minWidth: 420,
    minHeight: 400,
    center: true,
    title: 'Quick capture — Scope Journal',
    alwaysOnTop: true,
    skipTaskbar: true,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? windowBackgroundColors.dark : windowBackgroundColors.light,
    show: false,
    webPreferences: { ...secureWebPreferences(), spellcheck: true },
  });
  // Windows and Linux would repeat the application menu in every window.
  window.removeMenu();
  window.once('ready-to-show', () => {
    window.show();
    window.focus();
  });
  window.loadURL(new URL(quickCaptureRoute, appPageUrl).href).catch((error: unknown) => {
    console.error('Could not load the quick-capture page:', error);
  });
  return {
    isDestroyed: () => window.isDestroyed(),
    isMinimized: () => window.isMinimized(),
    restore: () => window.restore(),
    show: () => window.show(),
    focus: () => window.focus(),
    close: () => window.close(),
    onClosed: (listener) => {
      window.once('closed', listener);
    },
  };
}
