import { basename } from 'node:path';
import type { DesktopHandlers } from '../shared/contract';
import { maximumBackupArchiveBytes } from '../shared/values';
import type { BackupService } from '../services/backups/backupService';
import {
  createFileStreams,
  openStreamedRead,
  openStreamedWrite,
  type FileStreams,
  type StreamedRead,
  type StreamedWrite,
} from '../services/fileStreams';
import type { DesktopPorts } from './handlers';

/** The handlers of the methods that move a file in pieces (part of `DesktopHandlers`). */
export type StreamHandlers = Pick<
  DesktopHandlers,
  'beginFileWrite' | 'writeFileChunk' | 'finishFileWrite' | 'openFileRead' | 'unlockFileRead' | 'readFileChunk' | 'closeFileStream'
>;

/**
 * Builds the handlers of the streamed files (see `services/fileStreams.ts`). A file chosen in a
 * dialog is written where the user chose; one for the backup folder is named, encrypted and
 * rotated by `backups`. Reads of the backup folder may be unlocked with the stored passphrase.
 */
export function createStreamHandlers(
  ports: Pick<DesktopPorts, 'showSaveDialog' | 'showOpenDialog'>,
  backups: BackupService,
  streams: FileStreams = createFileStreams(),
): StreamHandlers {
  /** Registers `stream`, or closes it when no more streams may be open. */
  const openRead = async (stream: StreamedRead) => {
    try {
      const streamId = streams.addRead(stream);
      return { status: 'open' as const, streamId, fileName: stream.fileName, bytes: stream.bytes, encrypted: stream.encrypted };
    } catch (error) {
      await stream.close();
      throw error;
    }
  };

  /** Registers `write`, or aborts it when no more streams may be open. */
  const openWrite = async (write: StreamedWrite) => {
    try {
      return { status: 'open' as const, streamId: streams.addWrite(write) };
    } catch (error) {
      await write.abort();
      throw error;
    }
  };

  return {
    beginFileWrite: async (request) => {
      if (request.target === 'backup-folder') {
        return openWrite(await backups.beginStreamedWrite(request.reason));
      }
      const choice = await ports.showSaveDialog({ title: request.title, defaultPath: request.suggestedName, filters: request.filters });
      // Some platforms report a cancel as an empty path rather than `canceled`.
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
        return { status: 'cancelled' };
      }
      return openWrite(await openStreamedWrite(choice.filePath));
    },

    writeFileChunk: (request) => streams.write(request.streamId).write(request.bytes),

    finishFileWrite: async ({ streamId }) => {
      try {
        const written = await streams.write(streamId).finish();
        return { filePath: written.filePath, fileName: basename(written.filePath), bytes: written.bytes, removed: written.removed ?? [] };
      } finally {
        await streams.drop(streamId);
      }
    },

    openFileRead: async (request) => {
      if (request.source === 'backup-folder') {
        return openRead(await backups.openStreamedRead(request.fileName));
      }
      const choice = await ports.showOpenDialog({ title: request.title, filters: request.filters, properties: ['openFile'] });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined || filePath === '') {
        return { status: 'cancelled' };
      }
      return openRead(await openStreamedRead(filePath, maximumBackupArchiveBytes));
    },

    unlockFileRead: async ({ streamId, passphrase }) => {
      const stream = streams.read(streamId);
      if (passphrase !== undefined) {
        await stream.unlock(passphrase);
        return;
      }
      if (stream.unlockStored === undefined) throw new Error('Enter the passphrase the backup was encrypted with.');
      await stream.unlockStored();
    },

    readFileChunk: ({ streamId }) => streams.read(streamId).read(),

    closeFileStream: ({ streamId }) => streams.drop(streamId),
  };
}
