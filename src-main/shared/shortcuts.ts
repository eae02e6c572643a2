import type { AppCommand, AppInfo } from './contract';

/*
 * The app's keyboard shortcuts, declared once: the application menu takes its accelerators from
 * this table and the page's shortcut sheet its list, so the two can never disagree. Pure data and
 * formatting; no Electron, Node or DOM, so the renderer imports it too.
 */

/** Whose conventions decide the keys: macOS, or the others (`'web'` is written as on Linux). */
export type ShortcutPlatform = AppInfo['platform'];

/** Every shortcut the app has. */
export type ShortcutId =
  | 'new-entry'
  | 'import'
  | 'export-backup'
  | 'export-packet-pdf'
  | 'settings'
  | 'close-window'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'select-all'
  | 'journal'
  | 'insights'
  | 'growth'
  | 'packet'
  | 'data'
  | 'inbox'
  | 'actual-size'
  | 'zoom-in'
  | 'zoom-out'
  | 'dark-mode'
  | 'full-screen'
  | 'keyboard-shortcuts';

/** The menu a shortcut belongs to, which the shortcut sheet also groups by. */
export type ShortcutGroup = 'File' | 'Edit' | 'View' | 'Help';

/**
 * An Electron accelerator (`CmdOrCtrl+Shift+S`), or one per platform where the conventions
 * differ; a platform left out has no shortcut for it.
 */
export type ShortcutAccelerator = string | { darwin?: string; win32?: string; linux?: string };

export interface ShortcutDefinition {
  id: ShortcutId;
  /** The menu item's label (the macOS app menu writes Quit as `Quit <app name>`). */
  label: string;
  group: ShortcutGroup;
  accelerator: ShortcutAccelerator;
  /** What the shortcut asks the page to do; absent where the desktop does it (zoom, editing). */
  command?: AppCommand;
}

/** One shortcut as the sheet shows it. */
export interface MenuShortcut {
  id: ShortcutId;
  label: string;
  group: ShortcutGroup;
  /** The keys as the platform writes them: `⇧⌘S` on macOS, `Ctrl+Shift+S` elsewhere. */
  keys: string;
}

/** The table of every shortcut, in menu order. */
export const shortcutTable: readonly ShortcutDefinition[] = [
  { id: 'new-entry', label: 'New entry', group: 'File', accelerator: 'CmdOrCtrl+N', command: { type: 'new-entry' } },
  { id: 'import', label: 'Import…', group: 'File', accelerator: 'CmdOrCtrl+O', command: { type: 'import' } },
  {
    id: 'export-backup',
    label: 'Export backup',
    group: 'File',
    accelerator: 'CmdOrCtrl+Shift+S',
    command: { type: 'export-backup' },
  },
  {
    id: 'export-packet-pdf',
    label: 'Export packet as PDF',
    group: 'File',
    accelerator: 'CmdOrCtrl+P',
    command: { type: 'export-packet-pdf' },
  },
  {
    id: 'settings',
    label: 'Settings…',
    group: 'File',
    accelerator: 'CmdOrCtrl+,',
    command: { type: 'navigate', screen: 'settings' },
  },
  // Outside macOS closing the only window quits the app, so File has no Close there.
  { id: 'close-window', label: 'Close window', group: 'File', accelerator: { darwin: 'Cmd+W' } },
  // Windows quits with Alt+F4 on the window itself, and its Exit item carries no shortcut.
  { id: 'quit', label: 'Quit', group: 'File', accelerator: { darwin: 'Cmd+Q', linux: 'Ctrl+Q' } },
  { id: 'undo', label: 'Undo', group: 'Edit', accelerator: 'CmdOrCtrl+Z' },
  {
    id: 'redo',
    label: 'Redo',
    group: 'Edit',
    accelerator: { darwin: 'Shift+Cmd+Z', win32: 'Ctrl+Y', linux: 'Ctrl+Shift+Z' },
  },
  { id: 'cut', label: 'Cut', group: 'Edit', accelerator: 'CmdOrCtrl+X' },
  { id: 'copy', label: 'Copy', group: 'Edit', accelerator: 'CmdOrCtrl+C' },
  { id: 'paste', label: 'Paste', group: 'Edit', accelerator: 'CmdOrCtrl+V' },
  { id: 'select-all', label: 'Select all', group: 'Edit', accelerator: 'CmdOrCtrl+A' },
  {
    id: 'journal',
    label: 'Journal',
    group: 'View',
    accelerator: 'CmdOrCtrl+1',
    command: { type: 'navigate', screen: 'journal' },
  },
  {
    id: 'insights',
    label: 'Insights',
    group: 'View',
    accelerator: 'CmdOrCtrl+2',
    command: { type: 'navigate', screen: 'insights' },
  },
  {
    id: 'growth',
    label: 'Growth',
    group: 'View',
    accelerator: 'CmdOrCtrl+3',
    command: { type: 'navigate', screen: 'growth' },
  },
  {
    id: 'packet',
    label: 'Packet',
    group: 'View',
    accelerator: 'CmdOrCtrl+4',
    command: { type: 'navigate', screen: 'packet' },
  },
  { id: 'data', label: 'Data', group: 'View', accelerator: 'CmdOrCtrl+5', command: { type: 'navigate', screen: 'data' } },
  // Added after the first five, so their keys stay what users learned.
  { id: 'inbox', label: 'Inbox', group: 'View', accelerator: 'CmdOrCtrl+6', command: { type: 'navigate', screen: 'inbox' } },
  { id: 'actual-size', label: 'Actual size', group: 'View', accelerator: 'CmdOrCtrl+0' },
  { id: 'zoom-in', label: 'Zoom in', group: 'View', accelerator: 'CmdOrCtrl+=' },
  { id: 'zoom-out', label: 'Zoom out', group: 'View', accelerator: 'CmdOrCtrl+-' },
  {
    id: 'dark-mode',
    label: 'Dark mode',
    group: 'View',
    accelerator: 'CmdOrCtrl+Shift+D',
    command: { type: 'toggle-dark-mode' },
  },
  {
    id: 'full-screen',
    label: 'Toggle full screen',
    group: 'View',
    accelerator: { darwin: 'Ctrl+Cmd+F', win32: 'F11', linux: 'F11' },
  },
  {
    id: 'keyboard-shortcuts',
    label: 'Keyboard shortcuts',
    group: 'Help',
    accelerator: 'CmdOrCtrl+/',
    command: { type: 'show-shortcuts' },
  },
];

/** The Electron accelerator of shortcut `id` on `platform`, or `undefined` when it has none there. */
export function shortcutAccelerator(id: ShortcutId, platform: ShortcutPlatform): string | undefined {
  const accelerator = shortcutTable.find((shortcut) => shortcut.id === id)?.accelerator;
  if (accelerator === undefined || typeof accelerator === 'string') {
    return accelerator;
  }
  return accelerator[platform === 'web' ? 'linux' : platform];
}

/** Every shortcut `platform` has, in menu order, with its keys written as `platform` shows them. */
export function menuShortcuts(platform: ShortcutPlatform): MenuShortcut[] {
  return shortcutTable.flatMap(({ id, label, group }) => {
    const accelerator = shortcutAccelerator(id, platform);
    return accelerator === undefined ? [] : [{ id, label, group, keys: formatAccelerator(accelerator, platform) }];
  });
}

const macModifierOrder = ['⌃', '⌥', '⇧', '⌘'];
const otherModifierOrder = ['Ctrl', 'Alt', 'AltGr', 'Shift', 'Super'];

/** Electron's modifier names, as macOS and the others write them. */
const modifierSymbols: Record<string, { darwin: string; other: string }> = {
  cmdorctrl: { darwin: '⌘', other: 'Ctrl' },
  commandorcontrol: { darwin: '⌘', other: 'Ctrl' },
  cmd: { darwin: '⌘', other: 'Ctrl' },
  command: { darwin: '⌘', other: 'Ctrl' },
  ctrl: { darwin: '⌃', other: 'Ctrl' },
  control: { darwin: '⌃', other: 'Ctrl' },
  alt: { darwin: '⌥', other: 'Alt' },
  option: { darwin: '⌥', other: 'Alt' },
  shift: { darwin: '⇧', other: 'Shift' },
  // Electron's Super (or Meta) is ⌘ on macOS and the Windows or Super key elsewhere.
  super: { darwin: '⌘', other: 'Super' },
  meta: { darwin: '⌘', other: 'Super' },
  altgr: { darwin: '⌥', other: 'AltGr' },
};

/**
 * Writes an Electron accelerator as `platform` shows it: macOS runs symbols together in its
 * order (`Shift+CmdOrCtrl+Z` → `⇧⌘Z`), the others join words with `+` (`Ctrl+Shift+Z`).
 */
export function formatAccelerator(accelerator: string, platform: ShortcutPlatform): string {
  const isMac = platform === 'darwin';
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const modifiers = parts.map((part) => {
    const symbols = modifierSymbols[part.toLowerCase()];
    return symbols === undefined ? part : isMac ? symbols.darwin : symbols.other;
  });
  const order = isMac ? macModifierOrder : otherModifierOrder;
  modifiers.sort((first, second) => order.indexOf(first) - order.indexOf(second));
  const keyText = key === 'Plus' ? '+' : key;
  return isMac ? [...modifiers, keyText].join('') : [...modifiers, keyText].join('+');
}
