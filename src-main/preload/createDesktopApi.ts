import {
  desktopChannels,
  type AppInfo,
  type DesktopApi,
  type DesktopChannel,
  type ExportPacketPdfRequest,
  type ExportPacketPdfResult,
  type OpenTextFileRequest,
  type OpenTextFileResult,
  type SaveTextFileRequest,
  type SaveTextFileResult,
} from '../shared/contract';

/** Sends one request to the main process and resolves to its reply (`ipcRenderer.invoke`). */
export type DesktopInvoke = (channel: DesktopChannel, payload?: unknown) => Promise<unknown>;

/**
 * Builds the object the preload exposes as `window.api`: one named function per contract method,
 * each sending its own channel. Only these functions cross the bridge — never `invoke` itself —
 * so the page can reach no channel the contract does not name.
 */
export function createDesktopApi(invoke: DesktopInvoke): DesktopApi {
  // The replies come from the main-process handlers, which are typed from the same contract;
  // this is the one place their types are taken on trust.
  return {
    getAppInfo: () => invoke(desktopChannels.getAppInfo) as Promise<AppInfo>,
    saveTextFile: (request: SaveTextFileRequest) =>
      invoke(desktopChannels.saveTextFile, request) as Promise<SaveTextFileResult>,
    openTextFile: (request: OpenTextFileRequest) =>
      invoke(desktopChannels.openTextFile, request) as Promise<OpenTextFileResult>,
    openExternalLink: (url: string) => invoke(desktopChannels.openExternalLink, url) as Promise<void>,
    exportPacketPdf: (request: ExportPacketPdfRequest) =>
      invoke(desktopChannels.exportPacketPdf, request) as Promise<ExportPacketPdfResult>,
    preparePdfExport: () => invoke(desktopChannels.preparePdfExport) as Promise<void>,
  } satisfies DesktopApi;
}
