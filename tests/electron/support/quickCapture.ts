import type { ElectronApplication } from '@playwright/test';

/*
 * Quick capture's global shortcut, seen from inside the real app's main process (`app.evaluate`).
 * A test cannot press a key in another app, so it presses the shortcut the way the system does:
 * it calls the callback the app registered with Electron's real `globalShortcut`. Each function
 * passed to `evaluate` runs in the main process and uses only its arguments and Electron's modules.
 */

/** What the main process keeps, on `globalThis`, of the shortcuts the app registered. */
interface ShortcutWatch {
  scopeJournalShortcuts?: Map<string, () => void>;
}

/**
 * From now on, keeps the callback of every global shortcut the app registers (the registration
 * itself still goes to Electron, which may refuse it), so that `pressGlobalShortcut` can press it.
 * The app looks `globalShortcut.register` up at each call (src-main/app/desktopPorts.ts).
 */
export async function watchShortcutRegistrations(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ globalShortcut }) => {
    const callbacks = new Map<string, () => void>();
    Object.assign(globalThis, { scopeJournalShortcuts: callbacks });
    const register = globalShortcut.register.bind(globalShortcut);
    globalShortcut.register = (accelerator, callback) => {
      const isRegistered = register(accelerator, callback);
      if (isRegistered) callbacks.set(accelerator, callback);
      return isRegistered;
    };
  });
}

/**
 * Presses `accelerator` as the system does when the user presses it in any app; false when the app
 * does not hold it (Electron says it is not registered, or it was registered before the watch).
 */
export function pressGlobalShortcut(app: ElectronApplication, accelerator: string): Promise<boolean> {
  return app.evaluate(({ globalShortcut }, pressed) => {
    const callback = (globalThis as typeof globalThis & ShortcutWatch).scopeJournalShortcuts?.get(pressed);
    if (callback === undefined || !globalShortcut.isRegistered(pressed)) return false;
    callback();
    return true;
  }, accelerator);
}

/** Whether Electron says the app holds `accelerator` now. */
export function isShortcutRegistered(app: ElectronApplication, accelerator: string): Promise<boolean> {
  return app.evaluate(({ globalShortcut }, asked) => globalShortcut.isRegistered(asked), accelerator);
}

/**
 * Takes `accelerator` before the app asks for it, as another app holding it would: Electron then
 * refuses the app's own registration, exactly as when the system does. Resolves whether it was taken.
 */
export function holdShortcutElsewhere(app: ElectronApplication, accelerator: string): Promise<boolean> {
  return app.evaluate(({ globalShortcut }, held) => globalShortcut.register(held, () => undefined), accelerator);
}

/** The windows showing the capture route, and how they are set up. */
export function captureWindowReport(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows().filter((window) => window.webContents.getURL().endsWith('#/capture'));
    const [window] = windows;
    return { count: windows.length, alwaysOnTop: window?.isAlwaysOnTop() ?? false, visible: window?.isVisible() ?? false };
  });
}
