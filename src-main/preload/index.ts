import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { desktopApiGlobalName } from '../shared/contract';
import { createDesktopBridgeApi, type DesktopSubscribe } from './createDesktopApi';

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
  createDesktopBridgeApi((channel, payload) => ipcRenderer.invoke(channel, payload), subscribe),
);
