import { nodeBackupFileSystem, type BackupFileSystem } from '../../../src-main/services/backups/backupFolder';

/** A step of a write that a test makes fail. */
export type FailingStep = 'write' | 'sync' | 'rename';

/** Node's file system, except that `step` fails (a failing write first writes part of its data). */
export function failingBackupFileSystem(step: FailingStep): BackupFileSystem {
  return {
    ...nodeBackupFileSystem,
    async open(path, flags, mode) {
      const handle = await nodeBackupFileSystem.open(path, flags, mode);
      return {
        close: () => handle.close(),
        sync: step === 'sync' ? () => Promise.reject(new Error('disk went away')) : () => handle.sync(),
        writeFile: async (data) => {
          if (step !== 'write') {
            return handle.writeFile(data);
          }
          await handle.writeFile(data.slice(0, 1));
          throw new Error('ENOSPC: no space left on device');
        },
      };
    },
    rename: (oldPath, newPath) =>
      step === 'rename' ? Promise.reject(new Error('EXDEV: rename failed')) : nodeBackupFileSystem.rename(oldPath, newPath),
  };
}
