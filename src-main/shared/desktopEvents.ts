import { backupReasons, type BackupReason } from './values';

/*
 * What the desktop tells the page of its own accord: the event channels, the commands, and the
 * checks that let only well-formed events reach the page. No zod here: the sandboxed preload
 * imports this module, and stays small.
 */

/** Name of the object the preload puts on `window`. */
export const desktopApiGlobalName = 'api';

/** The channel of each event the main process sends to the page. */
export const desktopEventChannels = {
  backupRequested: 'journal:backup:requested',
  command: 'journal:app:command',
  syncRequested: 'journal:sync:requested',
} as const;

/** The channel of an event the main process sends to the page. */
export type DesktopEventChannel = (typeof desktopEventChannels)[keyof typeof desktopEventChannels];

/** The app's screens, as the View menu and notifications name them. */
export type AppScreen = 'journal' | 'inbox' | 'insights' | 'growth' | 'packet' | 'data' | 'settings';

/**
 * What the application menu, its accelerators and notifications ask the page to do. The main
 * process only sends these; the page decides how (the same code as its own buttons and keys).
 */
export type AppCommand =
  | { type: 'new-entry' }
  | { type: 'import' }
  | { type: 'export-backup' }
  | { type: 'export-packet-pdf' }
  | { type: 'navigate'; screen: AppScreen }
  | { type: 'toggle-dark-mode' }
  | { type: 'show-shortcuts' }
  | { type: 'show-about' }
  /** A follow-up reminder was clicked: show what is awaiting an outcome. */
  | { type: 'show-follow-ups' }
  /** The quarterly-review reminder was clicked: start this quarter's review. */
  | { type: 'start-quarterly-review' };

/** What the desktop tells the page of its own accord. */
export interface DesktopEvents {
  /**
   * Calls `listener` whenever the desktop wants a backup written (the schedule is due, or the app
   * is quitting): the page answers with `writeBackup`. Returns a function that stops listening.
   */
  onBackupRequested(listener: (reason: BackupReason) => void): () => void;
  /** Calls `listener` with each command of the application menu or a clicked notification. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /**
   * Calls `listener` (with nothing) whenever the desktop thinks the sync folder is worth reading
   * now: the computer woke from sleep, so the other computers have likely written meanwhile.
   * Returns a function that stops listening.
   */
  onSyncRequested(listener: () => void): () => void;
}

/** Every screen a command may name (a `Record`, so a new screen cannot be forgotten here). */
const appScreens: Record<AppScreen, true> = {
  journal: true,
  inbox: true,
  insights: true,
  growth: true,
  packet: true,
  data: true,
  settings: true,
};

/** Every command type (a `Record`, so a new command cannot be forgotten here). */
const appCommandTypes: Record<AppCommand['type'], true> = {
  'new-entry': true,
  import: true,
  'export-backup': true,
  'export-packet-pdf': true,
  navigate: true,
  'toggle-dark-mode': true,
  'show-shortcuts': true,
  'show-about': true,
  'show-follow-ups': true,
  'start-quarterly-review': true,
};

/** True when `value` is one of the contract's `BackupReason` strings. */
export function isBackupReason(value: unknown): value is BackupReason {
  return typeof value === 'string' && (backupReasons as readonly string[]).includes(value);
}

function isAppCommandType(value: unknown): value is AppCommand['type'] {
  return typeof value === 'string' && Object.hasOwn(appCommandTypes, value);
}

function isAppScreen(value: unknown): value is AppScreen {
  return typeof value === 'string' && Object.hasOwn(appScreens, value);
}

/**
 * `value` as a fresh `AppCommand` when it is one exactly (a known type, a known screen for
 * `navigate`, no other keys), or `undefined`. The copy holds only the checked fields.
 */
export function toAppCommand(value: unknown): AppCommand | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  const type: unknown = Reflect.get(value, 'type');
  if (!isAppCommandType(type)) {
    return undefined;
  }
  const keyCount = Object.keys(value).length;
  if (type === 'navigate') {
    const screen: unknown = Reflect.get(value, 'screen');
    return keyCount === 2 && isAppScreen(screen) ? { type, screen } : undefined;
  }
  return keyCount === 1 ? { type } : undefined;
}
