import { createSettingsStore, type SettingsStore } from '../settingsStore';
import type { BackupFileSystem } from './backupFolder';
import { loadBackupSettings, saveBackupSettings, type BackupSettings } from './backupSettings';

/** The automatic-backup settings of one app run: read once, then kept in memory and on disk. */
export type BackupSettingsStore = SettingsStore<BackupSettings>;

/** A store for the settings file `file` (see `SettingsStore`). */
export function createBackupSettingsStore(
  file: string,
  options: { fileSystem?: BackupFileSystem; warn?: (message: string) => void } = {},
): BackupSettingsStore {
  return createSettingsStore({
    load: () => loadBackupSettings(file, options),
    save: (settings) => saveBackupSettings(file, settings, options.fileSystem),
  });
}
