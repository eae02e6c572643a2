import { basename } from 'node:path';
import {
  desktopChannels,
  maximumOpenFileBytes,
  type AppInfo,
  type DesktopApi,
  type FileFilter,
} from '../shared/contract';
import { isAllowedExternalUrl } from '../security/externalUrl';
import { readTextFileLimited, writeFileAtomic } from '../services/atomicWrite';
import {
  getAppInfoPayloadSchema,
  openExternalLinkPayloadSchema,
  openTextFileRequestSchema,
  parsePayload,
  saveTextFileRequestSchema,
} from './schemas';

/** What the handlers ask of a native save dialog (a subset of Electron's options). */
export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
}

/** What the handlers ask of a native open dialog (a subset of Electron's options). */
export interface OpenDialogOptions {
  title: string;
  filters: FileFilter[];
  properties: ['openFile'];
}

/**
 * The desktop capabilities the handlers use, injected so that the handlers run in plain Node: the
 * app wires Electron's `dialog`, `shell` and `app` here; tests and the end-to-end bridge pass fakes
 * for the dialogs and keep the real file system.
 */
export interface DesktopPorts {
  appInfo: () => AppInfo;
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  openExternal: (url: string) => Promise<void>;
}

/** A contract method name, e.g. `saveTextFile`. */
type DesktopMethod = keyof DesktopApi;

/**
 * One handler per contract method, keyed by its channel. Each takes the raw, untrusted payload
 * and resolves to what the contract promises.
 */
export type DesktopHandlers = {
  [Method in DesktopMethod as (typeof desktopChannels)[Method]]: (
    payload: unknown,
  ) => ReturnType<DesktopApi[Method]>;
};

/**
 * Builds the handler of every contract method. Each validates its payload first and throws an
 * Error with a clear message when it is invalid; nothing touches a dialog or the disk before that.
 */
export function createDesktopHandlers(ports: DesktopPorts): DesktopHandlers {
  return {
    // Inside the executor a validation error becomes a rejection, as in the async handlers below.
    [desktopChannels.getAppInfo]: (payload: unknown) =>
      new Promise<AppInfo>((resolve) => {
        parsePayload(desktopChannels.getAppInfo, getAppInfoPayloadSchema, payload);
        resolve(ports.appInfo());
      }),

    [desktopChannels.saveTextFile]: async (payload: unknown) => {
      const request = parsePayload(desktopChannels.saveTextFile, saveTextFileRequestSchema, payload);
      const choice = await ports.showSaveDialog({
        title: request.title,
        defaultPath: request.suggestedName,
        filters: request.filters,
      });
      // Some platforms report a cancel as an empty path rather than `canceled`.
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
        return { status: 'cancelled' };
      }
      await writeFileAtomic(choice.filePath, request.contents);
      return {
        status: 'saved',
        filePath: choice.filePath,
        bytes: Buffer.byteLength(request.contents, 'utf8'),
      };
    },

    [desktopChannels.openTextFile]: async (payload: unknown) => {
      const request = parsePayload(desktopChannels.openTextFile, openTextFileRequestSchema, payload);
      const choice = await ports.showOpenDialog({
        title: request.title,
        filters: request.filters,
        properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) {
        return { status: 'cancelled' };
      }
      const file = await readTextFileLimited(filePath, maximumOpenFileBytes);
      return { status: 'opened', fileName: basename(filePath), contents: file.contents, bytes: file.bytes };
    },

    [desktopChannels.openExternalLink]: async (payload: unknown): Promise<void> => {
      const url = parsePayload(desktopChannels.openExternalLink, openExternalLinkPayloadSchema, payload);
      if (!isAllowedExternalUrl(url)) {
        throw new Error('Only web (http, https) and email (mailto) links can be opened outside the app.');
      }
      await ports.openExternal(url);
    },
  };
}
