import { randomUUID } from 'node:crypto';
import { constants as fileSystemConstants } from 'node:fs';
import * as fileSystemPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  createBackupDecryptor,
  encryptedBackupHeaderBytes,
  encryptedBackupTagOffset,
  isEncryptedBackup,
  type BackupDecryptor,
  type BackupEncryptor,
} from './backups/backupCrypto';

/*
 * Files too large to cross the bridge in one message (a backup with its attachments can be
 * hundreds of megabytes) go in pieces. The page opens a stream, sends or asks for one piece at a
 * time, and finishes or closes it; main holds only the piece in hand, never the whole file.
 *
 * A written file is all or nothing, as every write is: its pieces go to a temporary file in the
 * target's folder, which is flushed and renamed over the target only when the page says it is
 * complete; an abort, a failure or a page that stops sending leaves the target as it was. When
 * it is encrypted, the header goes first with a blank tag, the ciphertext follows piece by piece,
 * and the tag is written into the header last.
 *
 * A read file is decrypted piece by piece when it is encrypted. GCM authenticates only at the
 * end, so the last piece's answer says whether the file was intact (`done`), and the page must
 * not store anything before then; the restore checks the whole file before it writes anyway.
 */

/** Bytes per piece read: large enough that the bridge's overhead is small, small enough to hold. */
export const streamPieceBytes = 4 * 1024 * 1024;

/** A file being written in pieces (see above). */
export interface StreamedWrite {
  /** Where the file will be once finished. */
  filePath: string;
  write(bytes: Uint8Array): Promise<void>;
  /**
   * Completes the file and puts it in place; resolves to its size on disk and, for a backup in the
   * backup folder, the old backups rotated out.
   */
  finish(): Promise<{ filePath: string; bytes: number; removed?: string[] }>;
  /** Removes what was written; the target stays as it was. Never rejects. */
  abort(): Promise<void>;
}

/**
 * Starts writing `filePath` in pieces, encrypted by `encryptor` when given. Writing through a
 * symbolic link replaces the file it points to, as `writeFileAtomic` does.
 */
export async function openStreamedWrite(filePath: string, encryptor?: BackupEncryptor): Promise<StreamedWrite> {
  const targetPath = await fileSystemPromises.realpath(filePath).catch(() => filePath);
  const folder = dirname(targetPath);
  const temporaryPath = join(folder, `.${basename(targetPath)}.${randomUUID()}.tmp`);
  // `wx`: never reuse or follow something already lying at the temporary name.
  const handle = await fileSystemPromises.open(temporaryPath, 'wx', 0o600);
  let written = 0;
  let state: 'open' | 'finished' | 'aborted' = 'open';
  // Pieces are written in order even if the page sends the next before the last has landed.
  let queue: Promise<void> = Promise.resolve();

  const append = async (bytes: Uint8Array) => {
    if (bytes.byteLength === 0) return;
    await handle.write(bytes, 0, bytes.byteLength, written);
    written += bytes.byteLength;
  };
  const abort = async () => {
    if (state !== 'open') return;
    state = 'aborted';
    await queue.catch(() => undefined);
    await handle.close().catch(() => undefined);
    await fileSystemPromises.unlink(temporaryPath).catch(() => undefined);
  };

  if (encryptor) {
    try {
      await append(encryptor.header);
    } catch (error) {
      await abort();
      throw error;
    }
  }

  return {
    filePath: targetPath,
    write(bytes) {
      if (state !== 'open') return Promise.reject(new Error('This file is no longer being written.'));
      queue = queue.then(() => append(encryptor ? encryptor.update(bytes) : bytes));
      return queue.catch(async (error: unknown) => {
        await abort();
        throw error;
      });
    },
    async finish() {
      if (state !== 'open') throw new Error('This file is no longer being written.');
      try {
        await queue;
        if (encryptor) {
          const { ciphertext, tag } = encryptor.final();
          await append(ciphertext);
          await handle.write(tag, 0, tag.byteLength, encryptedBackupTagOffset);
        }
        await handle.sync();
        await handle.close();
        await fileSystemPromises.rename(temporaryPath, targetPath);
        state = 'finished';
      } catch (error) {
        await abort();
        throw error;
      }
      await syncFolder(folder);
      return { filePath: targetPath, bytes: written };
    },
    abort,
  };
}

/** Flushes a folder's entries to disk, where the system allows it (see `writeFileAtomic`). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fileSystemPromises.open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

/** A file being read in pieces (see above). */
export interface StreamedRead {
  fileName: string;
  /** Its size on disk. */
  bytes: number;
  /** Whether it is an encrypted backup: `unlock` must come before the first `read`. */
  encrypted: boolean;
  /**
   * Derives the key from `passphrase` and starts reading from the beginning again; rejects, with a
   * message fit for the user, on a damaged header.
   */
  unlock(passphrase: string): Promise<void>;
  /**
   * The next piece; `done` with the last one, after the whole file was authenticated when it is
   * encrypted. Rejects with the wrong-passphrase message when it was not.
   */
  read(): Promise<{ bytes: Uint8Array; done: boolean }>;
  close(): Promise<void>;
  /** For a backup in the backup folder: unlocks it with the stored passphrase. */
  unlockStored?: () => Promise<void>;
}

/**
 * Opens `filePath` to be read in pieces. Rejects, with a message fit for the user, anything that
 * is not a regular file or is larger than `maxBytes`.
 */
export async function openStreamedRead(filePath: string, maxBytes: number): Promise<StreamedRead> {
  const fileName = basename(filePath);
  // Non-blocking, so that a named pipe is refused at once rather than waited on.
  const handle: FileHandle = await fileSystemPromises.open(filePath, fileSystemConstants.O_RDONLY | (fileSystemConstants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error(`“${fileName}” is not a file.`);
    if (stats.size > maxBytes) {
      throw new Error(`“${fileName}” is too large to open: files can be at most ${Math.round(maxBytes / (1024 * 1024))} MB.`);
    }
    const start = Buffer.alloc(encryptedBackupHeaderBytes);
    const { bytesRead: startBytes } = await handle.read(start, 0, start.length, 0);
    const header = start.subarray(0, startBytes);
    const encrypted = isEncryptedBackup(header) || fileName.endsWith('.enc');
    let decryptor: BackupDecryptor | undefined;
    let position = encrypted ? encryptedBackupHeaderBytes : 0;
    let finished = false;
    let total = 0;

    return {
      fileName,
      bytes: stats.size,
      encrypted,
      async unlock(passphrase) {
        // From the start again: after a wrong passphrase, the page may try another.
        decryptor = await createBackupDecryptor(header, passphrase);
        position = encryptedBackupHeaderBytes;
        finished = false;
        total = 0;
      },
      async read() {
        if (finished) return { bytes: new Uint8Array(0), done: true };
        if (encrypted && decryptor === undefined) throw new Error(`“${fileName}” is encrypted: enter its passphrase.`);
        const piece = Buffer.alloc(streamPieceBytes);
        const { bytesRead } = await handle.read(piece, 0, piece.length, position);
        position += bytesRead;
        total += bytesRead;
        // The file may have grown since it was opened: the limit holds for what is read.
        if (total > maxBytes) throw new Error(`“${fileName}” grew while it was being read; nothing was restored.`);
        const done = bytesRead < piece.length;
        let bytes: Uint8Array = piece.subarray(0, bytesRead);
        if (decryptor) {
          const plain = decryptor.update(bytes);
          bytes = done ? Buffer.concat([plain, decryptor.final()]) : plain;
        }
        finished = done;
        // A copy that owns its memory exactly, so the bridge sends nothing else.
        return { bytes: new Uint8Array(bytes), done };
      },
      close: () => handle.close().catch(() => undefined),
    };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

/** How long an open stream may wait for the page before it is given up (and a write removed). */
export const streamIdleMs = 5 * 60 * 1000;
/** How many streams of each kind may be open at once. */
export const maximumOpenStreams = 8;

/** The streams the page has open, by id: each a write or a read. */
export interface FileStreams {
  addWrite(stream: StreamedWrite): string;
  addRead(stream: StreamedRead): string;
  write(id: string): StreamedWrite;
  read(id: string): StreamedRead;
  /** Forgets the stream, aborting a write or closing a read still open. */
  drop(id: string): Promise<void>;
}

/** A registry of open streams; a stream the page leaves untouched for `idleMs` is dropped. */
export function createFileStreams(idleMs: number = streamIdleMs): FileStreams {
  const writes = new Map<string, { stream: StreamedWrite; timer: NodeJS.Timeout }>();
  const reads = new Map<string, { stream: StreamedRead; timer: NodeJS.Timeout }>();

  const idleTimer = (id: string) => {
    const timer = setTimeout(() => void drop(id), idleMs);
    timer.unref();
    return timer;
  };
  const touch = <Stream>(map: Map<string, { stream: Stream; timer: NodeJS.Timeout }>, id: string, kind: string): Stream => {
    const held = map.get(id);
    if (held === undefined) throw new Error(`This ${kind} is no longer open; start again.`);
    clearTimeout(held.timer);
    held.timer = idleTimer(id);
    return held.stream;
  };
  const add = <Stream>(map: Map<string, { stream: Stream; timer: NodeJS.Timeout }>, stream: Stream): string => {
    if (map.size >= maximumOpenStreams) throw new Error('Too many files are open at once; finish one first.');
    const id = randomUUID();
    map.set(id, { stream, timer: idleTimer(id) });
    return id;
  };
  async function drop(id: string): Promise<void> {
    const write = writes.get(id);
    const read = reads.get(id);
    writes.delete(id);
    reads.delete(id);
    if (write) {
      clearTimeout(write.timer);
      await write.stream.abort();
    }
    if (read) {
      clearTimeout(read.timer);
      await read.stream.close();
    }
  }

  return {
    addWrite: (stream) => add(writes, stream),
    addRead: (stream) => add(reads, stream),
    write: (id) => touch(writes, id, 'file being saved'),
    read: (id) => touch(reads, id, 'file being read'),
    drop,
  };
}
