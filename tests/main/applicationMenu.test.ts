import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemTemplate, type MenuTemplateOptions } from '../../src-main/menu/applicationMenu';
import type { AppCommand } from '../../src-main/shared/contract';
import { formatAccelerator, menuShortcuts, shortcutTable } from '../../src-main/shared/shortcuts';

type Platform = MenuTemplateOptions['platform'];

/** The template for `platform`, recording what its items send, zoom and quit. */
function buildTestMenu(platform: Platform, options: Partial<MenuTemplateOptions> = {}) {
  const sent: AppCommand[] = [];
  const zooms: string[] = [];
  let quits = 0;
  const template = buildMenuTemplate({
    platform,
    appName: 'Scope Journal',
    isDevelopment: false,
    isDarkMode: false,
    send: (command) => sent.push(command),
    zoom: (change) => zooms.push(change),
    quit: () => {
      quits += 1;
    },
    ...options,
  });
  /** The submenu labelled `label` at the top level. */
  const menu = (label: string): MenuItemTemplate[] => {
    const submenu = template.find((item) => item.label === label)?.submenu;
    if (submenu === undefined) {
      throw new Error(`no ${label} menu`);
    }
    return submenu;
  };
  /** The item labelled `label` in menu `menuLabel`. */
  const item = (menuLabel: string, label: string): MenuItemTemplate => {
    const found = menu(menuLabel).find((candidate) => candidate.label === label);
    if (found === undefined) {
      throw new Error(`no ${label} in ${menuLabel}`);
    }
    return found;
  };
  /** Clicks `label` in `menuLabel`, returning what it sent. */
  const click = (menuLabel: string, label: string): AppCommand | undefined => {
    const before = sent.length;
    item(menuLabel, label).click?.();
    return sent.length > before ? sent.at(-1) : undefined;
  };
  /** Each menu's items: label, role or separator, and accelerator. */
  const outline = (label: string): string[] =>
    menu(label).map((entry) =>
      entry.type === 'separator' ? '---' : `${entry.label ?? entry.role ?? '?'}${entry.accelerator ? ` [${entry.accelerator}]` : ''}`,
    );
  return { template, menu, item, click, outline, sent, zooms, quits: () => quits };
}

describe.each<Platform>(['win32', 'linux'])('the application menu on %s', (platform) => {
  it('has File, Edit, View and Help, with Settings and Quit in File', () => {
    const menu = buildTestMenu(platform);
    expect(menu.template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(menu.outline('File')).toEqual([
      'New entry [CmdOrCtrl+N]',
      'Import… [CmdOrCtrl+O]',
      'Export backup [CmdOrCtrl+Shift+S]',
      'Export packet as PDF [CmdOrCtrl+P]',
      '---',
      'Settings… [CmdOrCtrl+,]',
      '---',
      platform === 'win32' ? 'Exit' : 'Quit [Ctrl+Q]',
    ]);
    expect(menu.outline('Help')).toEqual(['Keyboard shortcuts [CmdOrCtrl+/]', '---', 'About Scope Journal']);
    expect(menu.outline('Edit')).toEqual([
      'Undo [CmdOrCtrl+Z]',
      `Redo [${platform === 'win32' ? 'Ctrl+Y' : 'Ctrl+Shift+Z'}]`,
      '---',
      'Cut [CmdOrCtrl+X]',
      'Copy [CmdOrCtrl+C]',
      'Paste [CmdOrCtrl+V]',
      'Select all [CmdOrCtrl+A]',
    ]);
    expect(
      menu
        .menu('Edit')
        .map((item) => item.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('quits through the quit port and sends Settings and About to the page', () => {
    const menu = buildTestMenu(platform);
    menu.item('File', platform === 'win32' ? 'Exit' : 'Quit').click?.();
    expect(menu.quits()).toBe(1);
    expect(menu.click('File', 'Settings…')).toEqual({ type: 'navigate', screen: 'settings' });
    expect(menu.click('Help', 'About Scope Journal')).toEqual({ type: 'show-about' });
  });
});

describe('the application menu on macOS', () => {
  it('starts with the app menu, keeps Quit and Settings there, and has Close in File', () => {
    const menu = buildTestMenu('darwin');
    expect(menu.template.map((item) => item.label)).toEqual(['Scope Journal', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(menu.outline('Scope Journal')).toEqual([
      'About Scope Journal',
      '---',
      'Settings… [CmdOrCtrl+,]',
      '---',
      'services',
      '---',
      'hide',
      'hideOthers',
      'unhide',
      '---',
      'Quit Scope Journal [Cmd+Q]',
    ]);
    expect(menu.outline('File').slice(-2)).toEqual(['---', 'Close [Cmd+W]']);
    expect(menu.item('File', 'Close').role).toBe('close');
    expect(menu.outline('Help')).toEqual(['Keyboard shortcuts [CmdOrCtrl+/]']);
    expect(menu.template.find((item) => item.label === 'Help')?.role).toBe('help');
    expect(menu.item('Edit', 'Redo').accelerator).toBe('Shift+Cmd+Z');
    expect(menu.item('View', 'Toggle full screen').accelerator).toBe('Ctrl+Cmd+F');

    expect(menu.click('Scope Journal', 'About Scope Journal')).toEqual({ type: 'show-about' });
    expect(menu.click('Scope Journal', 'Settings…')).toEqual({ type: 'navigate', screen: 'settings' });
    menu.item('Scope Journal', 'Quit Scope Journal').click?.();
    expect(menu.quits()).toBe(1);
  });
});

describe.each<Platform>(['darwin', 'win32', 'linux'])('every command item on %s', (platform) => {
  it('sends its command', () => {
    const menu = buildTestMenu(platform);
    expect(menu.click('File', 'New entry')).toEqual({ type: 'new-entry' });
    expect(menu.click('File', 'Import…')).toEqual({ type: 'import' });
    expect(menu.click('File', 'Export backup')).toEqual({ type: 'export-backup' });
    expect(menu.click('File', 'Export packet as PDF')).toEqual({ type: 'export-packet-pdf' });
    expect(menu.click('View', 'Journal')).toEqual({ type: 'navigate', screen: 'journal' });
    expect(menu.click('View', 'Insights')).toEqual({ type: 'navigate', screen: 'insights' });
    expect(menu.click('View', 'Growth')).toEqual({ type: 'navigate', screen: 'growth' });
    expect(menu.click('View', 'Packet')).toEqual({ type: 'navigate', screen: 'packet' });
    expect(menu.click('View', 'Data')).toEqual({ type: 'navigate', screen: 'data' });
    expect(menu.click('View', 'Inbox')).toEqual({ type: 'navigate', screen: 'inbox' });
    expect(menu.click('View', 'Dark mode')).toEqual({ type: 'toggle-dark-mode' });
    expect(menu.click('Help', 'Keyboard shortcuts')).toEqual({ type: 'show-shortcuts' });
  });

  it('has the View menu with screens, zoom, dark mode and full screen, zooming through the zoom port', () => {
    const menu = buildTestMenu(platform, { isDarkMode: true });
    expect(menu.outline('View')).toEqual([
      'Journal [CmdOrCtrl+1]',
      'Insights [CmdOrCtrl+2]',
      'Growth [CmdOrCtrl+3]',
      'Packet [CmdOrCtrl+4]',
      'Data [CmdOrCtrl+5]',
      'Inbox [CmdOrCtrl+6]',
      '---',
      'Actual size [CmdOrCtrl+0]',
      'Zoom in [CmdOrCtrl+=]',
      'Zoom out [CmdOrCtrl+-]',
      '---',
      'Dark mode [CmdOrCtrl+Shift+D]',
      `Toggle full screen [${platform === 'darwin' ? 'Ctrl+Cmd+F' : 'F11'}]`,
    ]);
    expect(menu.item('View', 'Dark mode')).toMatchObject({ type: 'checkbox', checked: true });
    expect(menu.item('View', 'Toggle full screen').role).toBe('togglefullscreen');
    expect(menu.click('View', 'Zoom in')).toBeUndefined();
    menu.item('View', 'Zoom out').click?.();
    menu.item('View', 'Actual size').click?.();
    expect(menu.zooms).toEqual(['in', 'out', 'reset']);
    expect(menu.sent).toEqual([]);
  });

  it('adds reload and developer tools in development only', () => {
    const roles = (isDevelopment: boolean) =>
      buildTestMenu(platform, { isDevelopment })
        .menu('View')
        .map((item) => item.role)
        .filter((role) => role === 'reload' || role === 'forceReload' || role === 'toggleDevTools');
    expect(roles(false)).toEqual([]);
    expect(roles(true)).toEqual(['reload', 'forceReload', 'toggleDevTools']);
  });
});

describe('the shortcut table', () => {
  it('writes keys as macOS shows them, and as Windows and Linux do', () => {
    expect(formatAccelerator('CmdOrCtrl+N', 'darwin')).toBe('⌘N');
    expect(formatAccelerator('CmdOrCtrl+N', 'win32')).toBe('Ctrl+N');
    expect(formatAccelerator('CmdOrCtrl+Shift+S', 'darwin')).toBe('⇧⌘S');
    expect(formatAccelerator('CmdOrCtrl+Shift+S', 'linux')).toBe('Ctrl+Shift+S');
    expect(formatAccelerator('Shift+Cmd+Z', 'darwin')).toBe('⇧⌘Z');
    expect(formatAccelerator('Ctrl+Cmd+F', 'darwin')).toBe('⌃⌘F');
    expect(formatAccelerator('Alt+Shift+CmdOrCtrl+Plus', 'web')).toBe('Ctrl+Alt+Shift++');
    expect(formatAccelerator('F11', 'win32')).toBe('F11');
  });

  it('lists each platform’s shortcuts, the menu’s own', () => {
    expect(menuShortcuts('darwin').slice(0, 5)).toEqual([
      { id: 'new-entry', label: 'New entry', group: 'File', keys: '⌘N' },
      { id: 'import', label: 'Import…', group: 'File', keys: '⌘O' },
      { id: 'export-backup', label: 'Export backup', group: 'File', keys: '⇧⌘S' },
      { id: 'export-packet-pdf', label: 'Export packet as PDF', group: 'File', keys: '⌘P' },
      { id: 'settings', label: 'Settings…', group: 'File', keys: '⌘,' },
    ]);
    const keys = (platform: Platform | 'web') =>
      Object.fromEntries(menuShortcuts(platform).map((shortcut) => [shortcut.id, shortcut.keys]));
    expect(keys('win32')).toMatchObject({ 'dark-mode': 'Ctrl+Shift+D', 'keyboard-shortcuts': 'Ctrl+/', data: 'Ctrl+5' });
    expect(keys('win32')).not.toHaveProperty('quit');
    expect(keys('win32')).not.toHaveProperty('close-window');
    expect(keys('linux')).toMatchObject({ quit: 'Ctrl+Q', redo: 'Ctrl+Shift+Z' });
    expect(keys('web')).toEqual(keys('linux'));
    expect(keys('darwin')).toMatchObject({ quit: '⌘Q', 'close-window': '⌘W', 'zoom-in': '⌘=', 'full-screen': '⌃⌘F' });
  });

  it('gives every shortcut a distinct accelerator on each platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = menuShortcuts(platform).map((shortcut) => shortcut.keys);
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
    expect(new Set(shortcutTable.map((shortcut) => shortcut.id)).size).toBe(shortcutTable.length);
  });

  it('is exactly the set of shortcuts in the menu', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const inMenu = buildTestMenu(platform)
        .template.flatMap((top) => top.submenu ?? [])
        .flatMap((item) => (item.accelerator === undefined ? [] : [formatAccelerator(item.accelerator, platform)]));
      expect(inMenu.sort(), platform).toEqual(
        menuShortcuts(platform)
          .map((shortcut) => shortcut.keys)
          .sort(),
      );
    }
  });
});
