import type { BackupFileSystem } from './backupFolder';
import { loadBackupSettings, saveBackupSettings, type BackupSettings } from './backupSettings';

/** The automatic-backup settings of one app run: read once, then kept in memory and on disk. */
export interface BackupSettingsStore {
  /** The settings, read from the file the first time and from memory after that. */
  read(): Promise<BackupSettings>;
  /**
   * The settings as last read or saved, without waiting; `undefined` before the first `read`.
   * For decisions that cannot wait for the disk (whether to hold the app's quit).
   */
  known(): BackupSettings | undefined;
  /**
   * Applies `change` to the current settings and saves the result, one change at a time, so that
   * two changes never overwrite each other. When `change` throws or the save fails, nothing
   * changes and the promise rejects with that error.
   */
  update(change: (settings: BackupSettings) => BackupSettings): Promise<BackupSettings>;
}

/** A store for the settings file `file` (see `BackupSettingsStore`). */
export function createBackupSettingsStore(
  file: string,
  options: { fileSystem?: BackupFileSystem; warn?: (message: string) => void } = {},
): BackupSettingsStore {
  let known: BackupSettings | undefined;
  let loading: Promise<BackupSettings> | undefined;
  let updates: Promise<unknown> = Promise.resolve();

  function read(): Promise<BackupSettings> {
    if (known !== undefined) {
      return Promise.resolve(known);
    }
    loading ??= loadBackupSettings(file, options).then((settings) => {
      // An update saved meanwhile is newer than what was read.
      known ??= settings;
      return known;
    });
    return loading;
  }

  return {
    read,
    known: () => known,
    update(change) {
      const result = updates.then(async () => {
        const next = change(await read());
        await saveBackupSettings(file, next, options.fileSystem);
        known = next;
        return next;
      });
      // The next change waits for this one whether it succeeded or failed.
      updates = result.catch(() => undefined);
      return result;
    },
  };
}
