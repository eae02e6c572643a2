import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopChannels } from '../shared/contract';
import { desktopApiGlobalName } from '../shared/desktopEvents';
import { createDesktopBridgeApi, type DesktopSubscribe } from './createDesktopApi';

/** The contract table's channels, written in by the build (electron.vite.config.ts). */
declare const __SCOPE_JOURNAL_DESKTOP_CHANNELS__: DesktopChannels;

const subscribe: DesktopSubscribe = (channel, listener) => {
  // The IPC event (with its `sender`, an `ipcRenderer`) stays here; only the arguments go on.
  const forward = (_event: IpcRendererEvent, ...args: unknown[]): void => {
    listener(...args);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

// Only the contract's named functions cross into the page; `ipcRenderer` itself never does.
contextBridge.exposeInMainWorld(
  desktopApiGlobalName,
  createDesktopBridgeApi(__SCOPE_JOURNAL_DESKTOP_CHANNELS__, (channel, payload) => ipcRenderer.invoke(channel, payload), subscribe),
);
