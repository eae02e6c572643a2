import type { ElectronApplication } from '@playwright/test';

/*
 * What the tests do inside the app's main process (`app.evaluate`): answer the native dialogs as
 * a user would, click the real application menu, and read the windows' state. Each function
 * passed to `evaluate` runs in the main process, so it uses only its arguments and Electron's
 * modules, never this file's scope.
 */

/** Makes the main process's save dialog "choose" `filePath`, as the user would. */
export async function answerSaveDialogWith(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: chosen });
  }, filePath);
}

/** Makes the main process's open dialog (files and the backup folder) "choose" `path`. */
export async function answerOpenDialogWith(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [chosen] });
  }, path);
}

/**
 * Clicks the item `itemLabel` of the top-level menu `menuLabel` of the real application menu,
 * as the user would with the mouse. Throws when the menu has no such item.
 */
export async function clickMenuItem(app: ElectronApplication, menuLabel: string, itemLabel: string): Promise<void> {
  const found = await app.evaluate(
    ({ Menu }, [menu, label]) => {
      const item = Menu.getApplicationMenu()
        ?.items.find((candidate) => candidate.label === menu)
        ?.submenu?.items.find((candidate) => candidate.label === label);
      if (item === undefined) return false;
      // Electron types `click` as a bare `Function`; it takes (event, focusedWindow, focusedWebContents).
      (item.click as (...args: unknown[]) => void)();
      return true;
    },
    [menuLabel, itemLabel] as const,
  );
  if (!found) {
    throw new Error(`The application menu has no item “${menuLabel} › ${itemLabel}”.`);
  }
}

/** The main window's zoom level (Chromium's: 0 is actual size, each step ±0.5). */
export function mainWindowZoomLevel(app: ElectronApplication): Promise<number | undefined> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getZoomLevel());
}

/**
 * Why the app cannot keep a backup passphrase on this machine, or `undefined` when it can: the
 * same rule as src-main/services/backups/secretStorage.ts (on Linux, `basic_text` does not count).
 */
export async function secretStorageProblem(app: ElectronApplication): Promise<string | undefined> {
  const { available, backend } = await app.evaluate(({ safeStorage }) => ({
    available: safeStorage.isEncryptionAvailable(),
    backend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'the system key store',
  }));
  if (available && backend !== 'basic_text' && backend !== 'unknown') {
    return undefined;
  }
  const linuxHint =
    process.platform === 'linux'
      ? ' On Linux it needs a secret store: run under a session D-Bus with an unlocked GNOME keyring, e.g. ' +
        '`dbus-run-session -- sh -c \'printf "\\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; ' +
        "xvfb-run --auto-servernum npx playwright test --project=electron'` (the CI workflow's Linux job does this)."
      : '';
  return (
    `Electron's safeStorage cannot protect the backup passphrase here (encryption available: ${available}, backend: ${backend}), ` +
    `so the app refuses encrypted automatic backups (src-main/services/backups/secretStorage.ts).${linuxHint}`
  );
}

/** What `watchMainWindow` saw, and the window's state now. */
export interface MainWindowReport {
  windows: number;
  visible: boolean;
  minimized: boolean;
  focused: boolean;
  /** `second-instance`, the window's `focus`/`show`/`restore` events, and `focus()` etc. calls. */
  seen: string[];
}

/**
 * From now on, records into the main process what happens to the main window: the app's
 * `second-instance` event, the window's `focus`, `show` and `restore` events (which a desktop
 * without a window manager, such as Xvfb, may never send) and every call of its `restore`,
 * `show` and `focus` methods (which the app makes whatever the desktop does).
 */
export async function watchMainWindow(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ app: electronApp, BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window === undefined) throw new Error('There is no window to watch.');
    const seen: string[] = [];
    Object.assign(globalThis, { scopeJournalWindowWatch: seen });
    electronApp.once('second-instance', () => seen.push('second-instance'));
    window.on('focus', () => seen.push('focus event'));
    window.on('show', () => seen.push('show event'));
    window.on('restore', () => seen.push('restore event'));
    const restore = window.restore.bind(window);
    const show = window.show.bind(window);
    const focus = window.focus.bind(window);
    window.restore = () => {
      seen.push('restore()');
      restore();
    };
    window.show = () => {
      seen.push('show()');
      show();
    };
    window.focus = () => {
      seen.push('focus()');
      focus();
    };
  });
}

/** What `watchMainWindow` has recorded so far, with the windows' state now. */
export function mainWindowReport(app: ElectronApplication): Promise<MainWindowReport> {
  return app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows();
    const window = windows[0];
    const watch = (globalThis as typeof globalThis & { scopeJournalWindowWatch?: string[] }).scopeJournalWindowWatch;
    return {
      windows: windows.length,
      visible: window?.isVisible() ?? false,
      minimized: window?.isMinimized() ?? false,
      focused: window?.isFocused() ?? false,
      seen: [...(watch ?? [])],
    };
  });
}

/** Minimizes the main window; resolves whether the desktop did minimize it within `waitMs`. */
export async function minimizeMainWindow(app: ElectronApplication, waitMs = 3_000): Promise<boolean> {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.minimize());
  for (const deadline = Date.now() + waitMs; Date.now() < deadline;) {
    if (await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isMinimized() === true)) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}
