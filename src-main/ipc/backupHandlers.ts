import { desktopChannels, type DesktopApi } from '../shared/contract';
import type { BackupService } from '../services/backups/backupService';
import {
  backupSettingsChangeSchema,
  decryptBackupRequestSchema,
  noPayloadSchema,
  parsePayload,
  readBackupRequestSchema,
  writeBackupRequestSchema,
} from './schemas';

/** What the backup handlers ask of a native folder chooser (a subset of Electron's options). */
export interface FolderDialogOptions {
  title: string;
  properties: ['openDirectory', 'createDirectory'];
}

/** Shows the system's folder chooser. */
export type ShowFolderDialog = (options: FolderDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;

/** The backup methods of the contract. */
type BackupMethod =
  'getBackupSettings' | 'chooseBackupFolder' | 'updateBackupSettings' | 'writeBackup' | 'listBackups' | 'readBackup' | 'decryptBackup';

/** The handlers of the backup methods, keyed by channel (part of `DesktopHandlers`). */
export type BackupHandlers = {
  [Method in BackupMethod as (typeof desktopChannels)[Method]]: (payload: unknown) => ReturnType<DesktopApi[Method]>;
};

/**
 * Builds the handlers of the backup methods. Each validates its payload first and throws an Error
 * with a clear message when it is invalid; nothing touches a dialog, the settings or the backup
 * folder before that.
 */
export function createBackupHandlers(backups: BackupService, showFolderDialog: ShowFolderDialog): BackupHandlers {
  return {
    [desktopChannels.getBackupSettings]: async (payload: unknown) => {
      parsePayload(desktopChannels.getBackupSettings, noPayloadSchema, payload);
      return backups.view();
    },

    [desktopChannels.chooseBackupFolder]: async (payload: unknown) => {
      parsePayload(desktopChannels.chooseBackupFolder, noPayloadSchema, payload);
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

    [desktopChannels.updateBackupSettings]: async (payload: unknown) => {
      const change = parsePayload(desktopChannels.updateBackupSettings, backupSettingsChangeSchema, payload);
      return backups.change(change);
    },

    [desktopChannels.writeBackup]: async (payload: unknown) => {
      const request = parsePayload(desktopChannels.writeBackup, writeBackupRequestSchema, payload);
      return backups.write(request.contents, request.reason);
    },

    [desktopChannels.listBackups]: async (payload: unknown) => {
      parsePayload(desktopChannels.listBackups, noPayloadSchema, payload);
      return backups.list();
    },

    [desktopChannels.readBackup]: async (payload: unknown) => {
      const request = parsePayload(desktopChannels.readBackup, readBackupRequestSchema, payload);
      return { contents: await backups.read(request.fileName, request.passphrase) };
    },

    [desktopChannels.decryptBackup]: async (payload: unknown) => {
      const request = parsePayload(desktopChannels.decryptBackup, decryptBackupRequestSchema, payload);
      return { contents: await backups.decrypt(request.bytes, request.passphrase) };
    },
  };
}
