import { contextBridge, ipcRenderer } from 'electron';
import { desktopApiGlobalName } from '../shared/contract';
import { createDesktopApi } from './createDesktopApi';

// Only the contract's named functions cross into the page; `ipcRenderer` itself never does.
contextBridge.exposeInMainWorld(
  desktopApiGlobalName,
  createDesktopApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
