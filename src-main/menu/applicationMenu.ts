import type { AppCommand } from '../shared/contract';
import { shortcutAccelerator, shortcutTable, type ShortcutId } from '../shared/shortcuts';

/*
 * The native application menu, as a plain template for `Menu.buildFromTemplate`. Every item that
 * is about the journal sends the page an `AppCommand` (the page does what its own buttons do);
 * editing, window and full-screen items are Electron roles; zoom goes through `zoom`, which also
 * remembers the level. Accelerators come from the shortcut table (shared/shortcuts.ts), which the
 * page's shortcut sheet reads too.
 */

/** The roles this menu uses (a subset of Electron's). */
type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'close'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'togglefullscreen'
  | 'windowMenu'
  | 'help';

/** One item of the template, shaped like Electron's `MenuItemConstructorOptions`. */
export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox';
  accelerator?: string;
  checked?: boolean;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

/** A change of the main window's zoom level. */
export type ZoomChange = 'in' | 'out' | 'reset';

export interface MenuTemplateOptions {
  platform: 'darwin' | 'win32' | 'linux';
  /** The app's name, for the macOS app menu. */
  appName: string;
  /** Adds reload and developer tools to View. */
  isDevelopment: boolean;
  /** Whether the app shows dark colours now (the Dark mode item's check mark). */
  isDarkMode: boolean;
  /** Sends the page a command (focusing the main window first). */
  send: (command: AppCommand) => void;
  /** Changes the main window's zoom and remembers it. */
  zoom: (change: ZoomChange) => void;
  quit: () => void;
}

const separator: MenuItemTemplate = { type: 'separator' };

/** The application menu for `options.platform` (see the module comment). */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemTemplate[] {
  const isMac = options.platform === 'darwin';

  /** An item of the shortcut table: its label, accelerator and command. */
  function shortcutItem(id: ShortcutId, extra: Partial<MenuItemTemplate> = {}): MenuItemTemplate {
    const shortcut = shortcutTable.find((candidate) => candidate.id === id);
    if (shortcut === undefined) {
      throw new Error(`The shortcut table has no ${id}.`);
    }
    const item: MenuItemTemplate = { label: shortcut.label };
    const accelerator = shortcutAccelerator(id, options.platform);
    if (accelerator !== undefined) {
      item.accelerator = accelerator;
    }
    const { command } = shortcut;
    if (command !== undefined) {
      item.click = () => options.send(command);
    }
    return { ...item, ...extra };
  }

  const quitItem = shortcutItem('quit', {
    label: isMac ? `Quit ${options.appName}` : options.platform === 'win32' ? 'Exit' : 'Quit',
    click: options.quit,
  });
  const aboutItem: MenuItemTemplate = {
    label: `About ${options.appName}`,
    click: () => options.send({ type: 'show-about' }),
  };

  const appMenu: MenuItemTemplate = {
    label: options.appName,
    submenu: [
      aboutItem,
      separator,
      shortcutItem('settings'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      quitItem,
    ],
  };

  const fileMenu: MenuItemTemplate = {
    label: 'File',
    submenu: [
      shortcutItem('new-entry'),
      shortcutItem('import'),
      shortcutItem('export-backup'),
      shortcutItem('export-packet-pdf'),
      separator,
      ...(isMac ? [shortcutItem('close-window', { label: 'Close', role: 'close' })] : [shortcutItem('settings'), separator, quitItem]),
    ],
  };

  const editMenu: MenuItemTemplate = {
    label: 'Edit',
    submenu: [
      shortcutItem('undo', { role: 'undo' }),
      shortcutItem('redo', { role: 'redo' }),
      separator,
      shortcutItem('cut', { role: 'cut' }),
      shortcutItem('copy', { role: 'copy' }),
      shortcutItem('paste', { role: 'paste' }),
      shortcutItem('select-all', { role: 'selectAll' }),
    ],
  };

  const viewMenu: MenuItemTemplate = {
    label: 'View',
    submenu: [
      shortcutItem('journal'),
      shortcutItem('insights'),
      shortcutItem('growth'),
      shortcutItem('packet'),
      shortcutItem('data'),
      shortcutItem('inbox'),
      separator,
      shortcutItem('actual-size', { click: () => options.zoom('reset') }),
      shortcutItem('zoom-in', { click: () => options.zoom('in') }),
      shortcutItem('zoom-out', { click: () => options.zoom('out') }),
      separator,
      shortcutItem('dark-mode', { type: 'checkbox', checked: options.isDarkMode }),
      shortcutItem('full-screen', { role: 'togglefullscreen' }),
      ...(options.isDevelopment
        ? ([separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] satisfies MenuItemTemplate[])
        : []),
    ],
  };

  const helpMenu: MenuItemTemplate = {
    label: 'Help',
    // On macOS the help role adds the menu-search field.
    ...(isMac ? { role: 'help' } : {}),
    submenu: [shortcutItem('keyboard-shortcuts'), ...(isMac ? [] : [separator, aboutItem])],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, { label: 'Window', role: 'windowMenu' }, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}
