import type { DesktopHandlers } from '../shared/contract';
import type { SyncService } from '../services/sync/syncService';
import type { ShowFolderDialog } from './backupHandlers';

/** The handlers of the sync methods (part of `DesktopHandlers`). */
export type SyncHandlers = Pick<
  DesktopHandlers,
  | 'getSyncSettings'
  | 'chooseSyncFolder'
  | 'setSyncPassphrase'
  | 'renameSyncDevice'
  | 'listSyncFolder'
  | 'readSyncBatch'
  | 'writeSyncBatch'
  | 'readSyncFile'
  | 'writeSyncFile'
  | 'leaveSyncFolder'
>;

/**
 * Builds the handlers of the sync methods. Each receives its payload already parsed by the
 * contract's schema (names recognised, no paths), so nothing touches a dialog, the settings or the
 * sync folder with an invalid request.
 */
export function createSyncHandlers(sync: SyncService, showFolderDialog: ShowFolderDialog): SyncHandlers {
  return {
    getSyncSettings: () => sync.view(),

    chooseSyncFolder: async () => {
      const choice = await showFolderDialog({
        title: 'Choose the sync folder (inside Dropbox, iCloud Drive, OneDrive or a Syncthing folder)',
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = choice.filePaths[0];
      // Some platforms report a cancel as an empty path rather than `canceled`.
      if (choice.canceled || folder === undefined || folder === '') {
        return null;
      }
      return sync.setFolder(folder);
    },

    setSyncPassphrase: (request) => sync.setPassphrase(request.passphrase),

    renameSyncDevice: (request) => sync.renameDevice(request.name),

    listSyncFolder: () => sync.list(),

    readSyncBatch: (request) => sync.readBatch(request.deviceId, request.name),

    writeSyncBatch: (request) => sync.writeBatch(request.text),

    readSyncFile: (request) => sync.readFile(request.deviceId, request.name, request.part),

    writeSyncFile: (request) => sync.writeFile(request.hash, request.part, request.bytes),

    leaveSyncFolder: () => sync.leave(),
  };
}
