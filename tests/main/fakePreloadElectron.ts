import { EventEmitter } from 'node:events';

/** Builds a fresh fake `electron` module for the preload, recording what it exposes and sends. */
export function createFakePreloadElectron() {
  const exposed = new Map<string, unknown>();
  const invocations: { channel: string; args: unknown[] }[] = [];
  /** Stands in for the main process's `webContents.send` to this page: `emit(channel, event, ...args)`. */
  const events = new EventEmitter();
  return {
    exposed,
    invocations,
    events,
    contextBridge: {
      exposeInMainWorld(name: string, value: unknown): void {
        exposed.set(name, value);
      },
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]): Promise<unknown> => {
        invocations.push({ channel, args });
        return Promise.resolve(`reply from ${channel}`);
      },
      on: (channel: string, listener: (...args: unknown[]) => void): void => {
        events.on(channel, listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void): void => {
        events.removeListener(channel, listener);
      },
    },
  };
}
