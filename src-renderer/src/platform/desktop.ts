import { desktopMethodNames, type DesktopApi, type DesktopBridgeApi, type DesktopEvents } from '../../../src-main/shared/contract';
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

/** Wraps every contract function so its errors read as plain messages. */
function withCleanErrors(api: DesktopApi): DesktopApi {
  const calls: Record<string, unknown> = {};
  for (const name of desktopMethodNames) {
    const call: (...args: never[]) => Promise<unknown> = api[name].bind(api);
    calls[name] = (...args: never[]) => call(...args).catch((error: unknown) => Promise.reject(cleanDesktopError(error)));
  }
  // One wrapper per method of the table, each with its method's signature.
  return calls as DesktopApi;
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
      onSyncRequested: (listener) => (window.api as DesktopBridgeApi).onSyncRequested(listener),
    }
  : browserDesktopEvents;
