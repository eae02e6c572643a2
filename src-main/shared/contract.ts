/**
 * The contract between Scope Journal's main process and its renderer: the only way the renderer
 * reaches the desktop. Types and channel names only — this module imports nothing from Electron,
 * Node or the DOM, so both sides (and the browser implementation) can depend on it.
 *
 * Every capability is one named function taking at most one payload argument. The preload maps
 * each function to `ipcRenderer.invoke(channel, payload)`; the main process validates the payload
 * and the sender before doing anything.
 */

/** What the app knows about itself, for the About box and diagnostics. */
export interface AppInfo {
  name: string;
  version: string;
  /** `'web'` when the renderer runs in a plain browser rather than the desktop app. */
  platform: 'darwin' | 'win32' | 'linux' | 'web';
  /** Electron, Chromium and Node versions, or empty in the browser. */
  versions: { electron: string; chrome: string; node: string };
}

/** A file type offered in a native dialog, e.g. `{ name: 'JSON', extensions: ['json'] }`. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveTextFileRequest {
  /** Window title of the save dialog. */
  title: string;
  /** File name the dialog suggests, without a folder. */
  suggestedName: string;
  filters: FileFilter[];
  /** The whole file's text. Written atomically: the old file stays intact if anything fails. */
  contents: string;
}

export type SaveTextFileResult =
  | { status: 'saved'; filePath: string; bytes: number }
  | { status: 'cancelled' };

export interface OpenTextFileRequest {
  title: string;
  filters: FileFilter[];
}

export type OpenTextFileResult =
  | { status: 'opened'; fileName: string; contents: string; bytes: number }
  | { status: 'cancelled' };

export interface ExportPacketPdfRequest {
  /** The saved packet to print; its print view is the page `#/print/packet/<packetId>`. */
  packetId: string;
  /** File name the save dialog suggests, e.g. `promotion-packet-2026-11-21.pdf`. */
  suggestedName: string;
  pageSize: 'A4' | 'Letter';
}

export type ExportPacketPdfResult =
  | { status: 'saved'; filePath: string; bytes: number }
  | { status: 'cancelled' }
  /** In a browser: the print view was opened with the browser's own print dialog. */
  | { status: 'sent-to-print-dialog' };

/** The attribute the print view sets on `<html>` once everything, charts included, has drawn. */
export const printReadyAttribute = 'data-print-ready';

/**
 * The route of an empty print view: a print window waits there, with the app loaded, between
 * exports, so that the next export only has to draw the packet.
 */
export const printIdleRoute = '#/print/idle';

/** The route of a packet's print view. */
export function packetPrintRoute(packetId: string): string {
  return `#/print/packet/${encodeURIComponent(packetId)}`;
}

/** Everything the renderer may ask of the desktop. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  /** Asks where to save, then writes `contents` there atomically. */
  saveTextFile(request: SaveTextFileRequest): Promise<SaveTextFileResult>;
  /** Asks which file to open and returns its text (UTF-8, size-limited). */
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResult>;
  /** Opens an http(s) or mailto link in the system browser, after validation. */
  openExternalLink(url: string): Promise<void>;
  /**
   * Asks where to save, renders the packet's print view in a hidden window, waits until it is
   * print-ready and writes its PDF there atomically. No partial file is ever left.
   */
  exportPacketPdf(request: ExportPacketPdfRequest): Promise<ExportPacketPdfResult>;
  /**
   * Gets a print window ready in the background (the app loaded at the idle print route), so the
   * next `exportPacketPdf` only has to draw the packet. Called when the Packet screen opens; the
   * window is closed again when it has not been used for a few minutes.
   */
  preparePdfExport(): Promise<void>;
}

/** The IPC channel of each contract function, namespaced `journal:<domain>:<verb>`. */
export const desktopChannels = {
  getAppInfo: 'journal:app:info',
  saveTextFile: 'journal:file:save-text',
  openTextFile: 'journal:file:open-text',
  openExternalLink: 'journal:shell:open-external',
  exportPacketPdf: 'journal:packet:export-pdf',
  preparePdfExport: 'journal:packet:prepare-pdf',
} as const satisfies Record<keyof DesktopApi, `journal:${string}:${string}`>;

export type DesktopChannel = (typeof desktopChannels)[keyof typeof desktopChannels];

/** Largest text file the app opens, in bytes (imports of years of journal fit well within it). */
export const maximumOpenFileBytes = 64 * 1024 * 1024;

/** Name of the object the preload puts on `window`. */
export const desktopApiGlobalName = 'api';
