import type { AtomicWriteFileSystem } from '../../src-main/services/atomicWrite';

/** A step of an atomic write that a test makes fail. */
export type FailingStep = 'write' | 'sync' | 'rename';

/**
 * `base` (Node's file system, or one extending it), except that `step` fails: a failing write
 * first writes half its data, as a full disk would.
 */
export function failingFileSystem<FileSystem extends AtomicWriteFileSystem>(base: FileSystem, step: FailingStep): FileSystem {
  return {
    ...base,
    async open(path: string, flags: string, mode?: number) {
      const handle = await base.open(path, flags, mode);
      return {
        close: () => handle.close(),
        sync: step === 'sync' ? () => Promise.reject(new Error('disk went away')) : () => handle.sync(),
        writeFile: async (data: string | Uint8Array) => {
          if (step !== 'write') {
            return handle.writeFile(data);
          }
          await handle.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data.slice(0, 1));
          throw new Error('ENOSPC: no space left on device');
        },
      };
    },
    rename: (oldPath: string, newPath: string) =>
      step === 'rename' ? Promise.reject(new Error('EXDEV: rename failed')) : base.rename(oldPath, newPath),
  };
}
