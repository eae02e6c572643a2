import { randomUUID } from 'node:crypto';
import { constants as fileSystemConstants } from 'node:fs';
import * as fileSystemPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The part of an open file that an atomic write uses. */
interface AtomicWriteFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file-system operations an atomic write needs. Production passes Node's `fs/promises`;
 * tests pass a wrapper that fails at a chosen step to prove nothing half-written survives.
 */
export interface AtomicWriteFileSystem {
  open(path: string, flags: string, mode?: number): Promise<AtomicWriteFileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
  realpath(path: string): Promise<string>;
}

/** Node's own file system, the default for every write. */
export const nodeFileSystem: AtomicWriteFileSystem = fileSystemPromises;

/** How an atomic write names its temporary file. */
export interface AtomicWriteOptions {
  /**
   * The start of the temporary file's name, followed by a random UUID (a sync folder's readers skip
   * `.tmp-*`). By default the name is `.<target name>.<uuid>.tmp`.
   */
  temporaryPrefix?: string;
}

/**
 * Replaces `filePath` with `data` so that readers see either the old file or the whole new one,
 * never a part: the data goes to a temporary file in the same folder (so the rename cannot cross
 * devices), is flushed to disk, then renamed over the target, and the folder is flushed so the
 * rename itself survives a power cut. On any failure the temporary file is removed and the
 * previous file is left exactly as it was.
 */
export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  fileSystem: AtomicWriteFileSystem = nodeFileSystem,
  options: AtomicWriteOptions = {},
): Promise<void> {
  // Writing through a symbolic link must replace the file it points to, not the link itself.
  const targetPath = await fileSystem.realpath(filePath).catch(() => filePath);
  const folder = dirname(targetPath);
  const temporaryName =
    options.temporaryPrefix === undefined ? `.${basename(targetPath)}.${randomUUID()}.tmp` : `${options.temporaryPrefix}${randomUUID()}`;
  const temporaryPath = join(folder, temporaryName);
  const mode = await fileSystem.stat(targetPath).then(
    (stats) => stats.mode & 0o777,
    () => 0o666,
  );

  let handle: AtomicWriteFileHandle | undefined;
  try {
    // `wx`: never reuse or follow something already lying at the temporary name.
    handle = await fileSystem.open(temporaryPath, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fileSystem.rename(temporaryPath, targetPath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fileSystem.unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder, fileSystem);
}

/** Flushes a folder's entries to disk. Windows cannot open folders for this, and needs not. */
async function syncFolder(folder: string, fileSystem: AtomicWriteFileSystem): Promise<void> {
  let handle: AtomicWriteFileHandle | undefined;
  try {
    handle = await fileSystem.open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort: the file itself is already complete and in place.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

const readChunkBytes = 1024 * 1024;

/** A text file read whole, with its size on disk. */
interface LimitedTextFile {
  contents: string;
  bytes: number;
}

/**
 * Reads a UTF-8 text file of at most `maxBytes` bytes. Rejects, with a message fit for the user,
 * anything that is not a regular file, is larger than the limit (checked before reading and again
 * while reading, in case the file grows), or is not valid UTF-8. A leading byte-order mark is
 * dropped.
 */
export async function readTextFileLimited(filePath: string, maxBytes: number): Promise<LimitedTextFile> {
  const bytes = await readFileLimited(filePath, maxBytes);
  return { contents: decodeUtf8(bytes, basename(filePath)), bytes: bytes.byteLength };
}

/**
 * Reads a file of at most `maxBytes` bytes whole. Rejects, with a message fit for the user,
 * anything that is not a regular file (a folder, a pipe, a device) or is larger than the limit
 * (checked before reading and again while reading, in case the file grows). The bytes own their
 * memory exactly, so sending them to the renderer sends nothing else.
 */
export async function readFileLimited(filePath: string, maxBytes: number): Promise<Uint8Array> {
  const name = basename(filePath);
  // Non-blocking, so that opening a named pipe returns at once (and is then refused) instead of
  // waiting forever for a writer; regular files read as usual.
  const handle = await fileSystemPromises.open(filePath, fileSystemConstants.O_RDONLY | (fileSystemConstants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new Error(`“${name}” is not a file.`);
    }
    if (stats.size > maxBytes) {
      throw new Error(tooLargeMessage(name, maxBytes));
    }
    // Read to the end rather than trusting `stat`: the file may grow meanwhile, or report size 0.
    const chunks: Buffer[] = [];
    let bytes = 0;
    for (;;) {
      const chunk = Buffer.alloc(readChunkBytes);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) {
        break;
      }
      bytes += bytesRead;
      if (bytes > maxBytes) {
        throw new Error(tooLargeMessage(name, maxBytes));
      }
      chunks.push(chunk.subarray(0, bytesRead));
    }
    // Not `Buffer.concat`, whose small results share Node's buffer pool with unrelated data.
    const contents = new Uint8Array(bytes);
    let offset = 0;
    for (const chunk of chunks) {
      contents.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return contents;
  } finally {
    await handle.close();
  }
}

function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    // `ignoreBOM: false` (the default) strips a leading byte-order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`“${name}” is not UTF-8 text, so it cannot be opened.`);
  }
}

function tooLargeMessage(name: string, maxBytes: number): string {
  const megabytes = maxBytes / (1024 * 1024);
  const limit = Number.isInteger(megabytes) ? `${megabytes} MB` : `${maxBytes} bytes`;
  return `“${name}” is too large to open: files can be at most ${limit}.`;
}
