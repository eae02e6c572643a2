import {
  desktopChannels,
  desktopEventChannels,
  type AppCommand,
  type AppInfo,
  type AppScreen,
  type BackupFileInfo,
  type BackupReason,
  type BackupSettingsChange,
  type BackupSettingsView,
  type DecryptBackupRequest,
  type DesktopApi,
  type DesktopBridgeApi,
  type DesktopChannel,
  type DesktopEvents,
  type ExportPacketPdfRequest,
  type ExportPacketPdfResult,
  type FollowUpDue,
  type OpenFileRequest,
  type OpenFileResult,
  type OpenTextFileRequest,
  type OpenTextFileResult,
  type ReadBackupRequest,
  type ReminderSettings,
  type SaveTextFileRequest,
  type SaveTextFileResult,
  type ThemeSource,
  type WriteBackupRequest,
  type WriteBackupResult,
} from '../shared/contract';
import { backupReasons } from '../shared/values';

/** Sends one request to the main process and resolves to its reply (`ipcRenderer.invoke`). */
export type DesktopInvoke = (channel: DesktopChannel, payload?: unknown) => Promise<unknown>;

/** The channel of an event the main process sends to the page. */
export type DesktopEventChannel = (typeof desktopEventChannels)[keyof typeof desktopEventChannels];

/**
 * Listens to one event channel (`ipcRenderer.on`), calling `listener` with the event's arguments
 * but never the IPC event itself; returns a function that stops listening.
 */
export type DesktopSubscribe = (channel: DesktopEventChannel, listener: (...args: unknown[]) => void) => () => void;

/**
 * Builds the object the preload exposes as `window.api`: one named function per contract method,
 * each sending its own channel, and one per event. Only these functions cross the bridge — never
 * `invoke` or `ipcRenderer` — so the page can reach no channel the contract does not name.
 */
export function createDesktopBridgeApi(invoke: DesktopInvoke, subscribe: DesktopSubscribe): DesktopBridgeApi {
  return { ...createDesktopApi(invoke), ...createDesktopEvents(subscribe) } satisfies DesktopBridgeApi;
}

/** The contract's calls (see `createDesktopBridgeApi`). */
export function createDesktopApi(invoke: DesktopInvoke): DesktopApi {
  // The replies come from the main-process handlers, which are typed from the same contract;
  // this is the one place their types are taken on trust.
  return {
    getAppInfo: () => invoke(desktopChannels.getAppInfo) as Promise<AppInfo>,
    saveTextFile: (request: SaveTextFileRequest) => invoke(desktopChannels.saveTextFile, request) as Promise<SaveTextFileResult>,
    openTextFile: (request: OpenTextFileRequest) => invoke(desktopChannels.openTextFile, request) as Promise<OpenTextFileResult>,
    openExternalLink: (url: string) => invoke(desktopChannels.openExternalLink, url) as Promise<void>,
    exportPacketPdf: (request: ExportPacketPdfRequest) =>
      invoke(desktopChannels.exportPacketPdf, request) as Promise<ExportPacketPdfResult>,
    preparePdfExport: () => invoke(desktopChannels.preparePdfExport) as Promise<void>,
    openFile: (request: OpenFileRequest) => invoke(desktopChannels.openFile, request) as Promise<OpenFileResult>,
    getBackupSettings: () => invoke(desktopChannels.getBackupSettings) as Promise<BackupSettingsView>,
    chooseBackupFolder: () => invoke(desktopChannels.chooseBackupFolder) as Promise<BackupSettingsView | null>,
    updateBackupSettings: (change: BackupSettingsChange) =>
      invoke(desktopChannels.updateBackupSettings, change) as Promise<BackupSettingsView>,
    writeBackup: (request: WriteBackupRequest) => invoke(desktopChannels.writeBackup, request) as Promise<WriteBackupResult>,
    listBackups: () => invoke(desktopChannels.listBackups) as Promise<BackupFileInfo[]>,
    readBackup: (request: ReadBackupRequest) => invoke(desktopChannels.readBackup, request) as Promise<{ contents: string }>,
    decryptBackup: (request: DecryptBackupRequest) => invoke(desktopChannels.decryptBackup, request) as Promise<{ contents: string }>,
    getReminderSettings: () => invoke(desktopChannels.getReminderSettings) as Promise<ReminderSettings>,
    updateReminderSettings: (change: Partial<ReminderSettings>) =>
      invoke(desktopChannels.updateReminderSettings, change) as Promise<ReminderSettings>,
    setFollowUps: (followUps: FollowUpDue[]) => invoke(desktopChannels.setFollowUps, followUps) as Promise<void>,
    setThemeSource: (source: ThemeSource) => invoke(desktopChannels.setThemeSource, source) as Promise<void>,
  } satisfies DesktopApi;
}

/** True when `value` is one of the contract's `BackupReason` strings. */
function isBackupReason(value: unknown): value is BackupReason {
  return typeof value === 'string' && (backupReasons as readonly string[]).includes(value);
}

/**
 * Every screen a command may name (a `Record`, so a new screen cannot be forgotten here). The
 * end-to-end bridge checks commands against the same lists.
 */
export const appScreens: Record<AppScreen, true> = {
  journal: true,
  insights: true,
  growth: true,
  packet: true,
  data: true,
  settings: true,
};

/** Every command type (a `Record`, so a new command cannot be forgotten here). */
export const appCommandTypes: Record<AppCommand['type'], true> = {
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
function toAppCommand(value: unknown): AppCommand | undefined {
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

/** The contract's event subscriptions (see `createDesktopBridgeApi`). */
function createDesktopEvents(subscribe: DesktopSubscribe): DesktopEvents {
  return {
    onBackupRequested: (listener: (reason: BackupReason) => void) => {
      if (typeof listener !== 'function') {
        throw new TypeError('onBackupRequested needs a function to call.');
      }
      // Only a known reason reaches the page, and only the reason: never the IPC event.
      return subscribe(desktopEventChannels.backupRequested, (reason) => {
        if (isBackupReason(reason)) {
          listener(reason);
        }
      });
    },
    onCommand: (listener: (command: AppCommand) => void) => {
      if (typeof listener !== 'function') {
        throw new TypeError('onCommand needs a function to call.');
      }
      // Only a well-formed command reaches the page, as a fresh copy: never the IPC event.
      return subscribe(desktopEventChannels.command, (value) => {
        const command = toAppCommand(value);
        if (command !== undefined) {
          listener(command);
        }
      });
    },
  } satisfies DesktopEvents;
}
