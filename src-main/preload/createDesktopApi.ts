import type { DesktopApi, DesktopBridgeApi, DesktopChannel, DesktopChannels } from '../shared/contract';
import {
  desktopEventChannels,
  isBackupReason,
  toAppCommand,
  type AppCommand,
  type DesktopEventChannel,
  type DesktopEvents,
} from '../shared/desktopEvents';
import type { BackupReason } from '../shared/values';

/** Sends one request to the main process and resolves to its reply (`ipcRenderer.invoke`). */
export type DesktopInvoke = (channel: DesktopChannel, payload?: unknown) => Promise<unknown>;

/**
 * Listens to one event channel (`ipcRenderer.on`), calling `listener` with the event's arguments
 * but never the IPC event itself; returns a function that stops listening.
 */
export type DesktopSubscribe = (channel: DesktopEventChannel, listener: (...args: unknown[]) => void) => () => void;

/**
 * Builds the object the preload exposes as `window.api`: one named function per contract method,
 * each sending its own channel, and one per event. Only these functions cross the bridge — never
 * `invoke` or `ipcRenderer` — so the page can reach no channel the contract does not name.
 */
export function createDesktopBridgeApi(channels: DesktopChannels, invoke: DesktopInvoke, subscribe: DesktopSubscribe): DesktopBridgeApi {
  return { ...createDesktopApi(channels, invoke), ...createDesktopEvents(subscribe) } satisfies DesktopBridgeApi;
}

/**
 * The contract's calls, one per entry of `channels` (the contract table's channels, which the
 * build writes into the preload so that zod stays out of it). Each sends at most its one payload.
 */
export function createDesktopApi(channels: DesktopChannels, invoke: DesktopInvoke): DesktopApi {
  const api: Record<string, (payload?: unknown) => Promise<unknown>> = {};
  for (const [name, channel] of Object.entries(channels)) {
    api[name] = (payload?: unknown) => invoke(channel, payload);
  }
  // The replies come from the main-process handlers, which are typed from the same table; this is
  // the one place their types are taken on trust.
  return api as DesktopApi;
}

/** The contract's event subscriptions (see `createDesktopBridgeApi`). */
function createDesktopEvents(subscribe: DesktopSubscribe): DesktopEvents {
  return {
    onBackupRequested: (listener: (reason: BackupReason) => void) => {
      if (typeof listener !== 'function') {
        throw new TypeError('onBackupRequested needs a function to call.');
      }
      // Only a known reason reaches the page, and only the reason: never the IPC event.
      return subscribe(desktopEventChannels.backupRequested, (reason) => {
        if (isBackupReason(reason)) {
          listener(reason);
        }
      });
    },
    onCommand: (listener: (command: AppCommand) => void) => {
      if (typeof listener !== 'function') {
        throw new TypeError('onCommand needs a function to call.');
      }
      // Only a well-formed command reaches the page, as a fresh copy: never the IPC event.
      return subscribe(desktopEventChannels.command, (value) => {
        const command = toAppCommand(value);
        if (command !== undefined) {
          listener(command);
        }
      });
    },
    onSyncRequested: (listener: () => void) => {
      if (typeof listener !== 'function') {
        throw new TypeError('onSyncRequested needs a function to call.');
      }
      // The event carries nothing: whatever arrives with it stays here.
      return subscribe(desktopEventChannels.syncRequested, () => {
        listener();
      });
    },
  } satisfies DesktopEvents;
}
