import type { DesktopApi, DesktopBridgeApi, DesktopEvents } from '../../../src-main/shared/contract';
import { browserDesktopApi, browserDesktopEvents } from './browserDesktopApi';

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in a plain browser. */
    api?: DesktopBridgeApi;
  }
}

/** Electron prefixes errors from the main process; users should read only the message. */
export function cleanDesktopError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.replace(/^Error invoking remote method '[^']*': (Error: )?/, ''));
}

/** One contract function whose errors read as plain messages. */
function clean<Args extends unknown[], Result>(call: (...args: Args) => Promise<Result>) {
  return (...args: Args): Promise<Result> => call(...args).catch((error: unknown) => Promise.reject(cleanDesktopError(error)));
}

/** Wraps every contract function so its errors read as plain messages. */
function withCleanErrors(api: DesktopApi): DesktopApi {
  return {
    getAppInfo: clean(api.getAppInfo.bind(api)),
    saveTextFile: clean(api.saveTextFile.bind(api)),
    openTextFile: clean(api.openTextFile.bind(api)),
    openExternalLink: clean(api.openExternalLink.bind(api)),
    exportPacketPdf: clean(api.exportPacketPdf.bind(api)),
    preparePdfExport: clean(api.preparePdfExport.bind(api)),
    openFile: clean(api.openFile.bind(api)),
    getBackupSettings: clean(api.getBackupSettings.bind(api)),
    chooseBackupFolder: clean(api.chooseBackupFolder.bind(api)),
    updateBackupSettings: clean(api.updateBackupSettings.bind(api)),
    writeBackup: clean(api.writeBackup.bind(api)),
    listBackups: clean(api.listBackups.bind(api)),
    readBackup: clean(api.readBackup.bind(api)),
    decryptBackup: clean(api.decryptBackup.bind(api)),
    getReminderSettings: clean(api.getReminderSettings.bind(api)),
    updateReminderSettings: clean(api.updateReminderSettings.bind(api)),
    setFollowUps: clean(api.setFollowUps.bind(api)),
    setThemeSource: clean(api.setThemeSource.bind(api)),
  };
}

/** True in the desktop app (the preload provided the contract), false in a plain browser. */
export const isDesktopApp = window.api !== undefined;

/** The desktop when the preload provided one, otherwise the browser's stand-in. */
export const desktop: DesktopApi = window.api ? withCleanErrors(window.api) : browserDesktopApi;

/** What the desktop tells the page of its own accord (nothing, in a browser). */
export const desktopEvents: DesktopEvents = window.api
  ? {
      onBackupRequested: (listener) => (window.api as DesktopBridgeApi).onBackupRequested(listener),
      onCommand: (listener) => (window.api as DesktopBridgeApi).onCommand(listener),
    }
  : browserDesktopEvents;
