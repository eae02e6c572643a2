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
  };
}

/** The desktop when the preload provided one, otherwise the browser's stand-in. */
export const desktop: DesktopApi = window.api ? withCleanErrors(window.api) : browserDesktopApi;
