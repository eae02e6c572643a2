import { basename } from 'node:path';
import type { DesktopHandlers } from '../shared/contract';
import { maximumBackupArchiveBytes } from '../shared/values';
import type { BackupService } from '../services/backups/backupService';
import { createFileStreams, openStreamedRead, openStreamedWrite, type FileStreams, type StreamedRead } from '../services/fileStreams';
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
  // Reads of the backup folder, which may use the stored passphrase.
  const storedUnlocks = new Map<string, () => Promise<void>>();
  // Writes into the backup folder answer with what the backup did (rotation included).
  const backupFinishes = new Map<string, () => Promise<{ fileName: string; filePath: string; bytes: number; removed: string[] }>>();

  const openRead = (stream: StreamedRead) => {
    const streamId = streams.addRead(stream);
    return { status: 'open' as const, streamId, fileName: stream.fileName, bytes: stream.bytes, encrypted: stream.encrypted };
  };

  return {
    beginFileWrite: async (request) => {
      if (request.target === 'backup-folder') {
        const write = await backups.beginStreamedWrite(request.reason);
        let streamId: string;
        try {
          streamId = streams.addWrite({ ...write, finish: async () => write.finish() });
        } catch (error) {
          await write.abort();
          throw error;
        }
        backupFinishes.set(streamId, () => write.finish());
        return { status: 'open', streamId };
      }
      const choice = await ports.showSaveDialog({ title: request.title, defaultPath: request.suggestedName, filters: request.filters });
      // Some platforms report a cancel as an empty path rather than `canceled`.
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
        return { status: 'cancelled' };
      }
      const write = await openStreamedWrite(choice.filePath);
      try {
        return { status: 'open', streamId: streams.addWrite(write) };
      } catch (error) {
        await write.abort();
        throw error;
      }
    },

    writeFileChunk: (request) => streams.write(request.streamId).write(request.bytes),

    finishFileWrite: async ({ streamId }) => {
      const write = streams.write(streamId);
      const backupFinish = backupFinishes.get(streamId);
      backupFinishes.delete(streamId);
      try {
        if (backupFinish) return await backupFinish();
        const written = await write.finish();
        return { filePath: written.filePath, fileName: basename(written.filePath), bytes: written.bytes, removed: [] };
      } finally {
        await streams.drop(streamId);
      }
    },

    openFileRead: async (request) => {
      if (request.source === 'backup-folder') {
        const stream = await backups.openStreamedRead(request.fileName);
        const opened = openRead(stream);
        storedUnlocks.set(opened.streamId, () => stream.unlockStored());
        return opened;
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
      const unlockStored = storedUnlocks.get(streamId);
      if (unlockStored === undefined) throw new Error('Enter the passphrase the backup was encrypted with.');
      await unlockStored();
    },

    readFileChunk: ({ streamId }) => streams.read(streamId).read(),

    closeFileStream: async ({ streamId }) => {
      storedUnlocks.delete(streamId);
      backupFinishes.delete(streamId);
      await streams.drop(streamId);
    },
  };
}
