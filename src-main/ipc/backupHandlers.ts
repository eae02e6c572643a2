import type { DesktopHandlers } from '../shared/contract';
import type { BackupService } from '../services/backups/backupService';

/**
 * What the handlers ask of a native folder chooser (a subset of Electron's options): the backup
 * folder may be a new one; a git repository must already exist.
 */
export interface FolderDialogOptions {
  title: string;
  properties: ['openDirectory', 'createDirectory'] | ['openDirectory'];
}

/** Shows the system's folder chooser. */
export type ShowFolderDialog = (options: FolderDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;

/** The handlers of the backup methods (part of `DesktopHandlers`). */
export type BackupHandlers = Pick<
  DesktopHandlers,
  'getBackupSettings' | 'chooseBackupFolder' | 'updateBackupSettings' | 'writeBackup' | 'listBackups'
>;

/**
 * Builds the handlers of the backup methods. Each receives its payload already parsed by the
 * contract's schema, so nothing touches a dialog, the settings or the backup folder with an
 * invalid request.
 */
export function createBackupHandlers(backups: BackupService, showFolderDialog: ShowFolderDialog): BackupHandlers {
  return {
    getBackupSettings: async () => backups.view(),

    chooseBackupFolder: async () => {
      const choice = await showFolderDialog({
        title: 'Choose a folder for backups',
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = choice.filePaths[0];
      if (choice.canceled || folder === undefined || folder === '') {
        return null;
      }
      return backups.setFolder(folder);
    },

    updateBackupSettings: async (change) => backups.change(change),

    writeBackup: async (request) => backups.write(request.contents, request.reason),

    listBackups: async () => backups.list(),
  };
}
