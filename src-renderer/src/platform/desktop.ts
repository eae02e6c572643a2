import type { DesktopApi } from '../../../src-main/shared/contract';
import { browserDesktopApi } from './browserDesktopApi';

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in a plain browser. */
    api?: DesktopApi;
  }
}

/** Electron prefixes errors from the main process; users should read only the message. */
export function cleanDesktopError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.replace(/^Error invoking remote method '[^']*': (Error: )?/, ''));
}

/** Wraps every contract function so its errors read as plain messages. */
function withCleanErrors(api: DesktopApi): DesktopApi {
  return {
    getAppInfo: () => api.getAppInfo().catch((error: unknown) => Promise.reject(cleanDesktopError(error))),
    saveTextFile: (request) => api.saveTextFile(request).catch((error: unknown) => Promise.reject(cleanDesktopError(error))),
    openTextFile: (request) => api.openTextFile(request).catch((error: unknown) => Promise.reject(cleanDesktopError(error))),
    openExternalLink: (url) => api.openExternalLink(url).catch((error: unknown) => Promise.reject(cleanDesktopError(error))),
  };
}

/** The desktop when the preload provided one, otherwise the browser's stand-in. */
export const desktop: DesktopApi = window.api ? withCleanErrors(window.api) : browserDesktopApi;
