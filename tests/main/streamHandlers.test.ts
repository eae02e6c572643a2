import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptBackup } from '../../src-main/services/backups/backupCrypto';
import { createFileStreams, openStreamedRead, openStreamedWrite, streamPieceBytes } from '../../src-main/services/fileStreams';
import { desktopChannels } from '../../src-main/shared/contract';
import { folders, march, openBackup, passphrase, readAll, useTemporaryFolders, withFolder, write } from './backupHandlerHarness';

/* Files moved in pieces: a backup archive into the backup folder (encrypted, rotated) and back. */

useTemporaryFolders();

/** Bytes that span several pieces, different at every position. */
function sample(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index += 1) bytes[index] = (index * 7919) % 251;
  return bytes;
}

describe('a backup archive written in pieces into the backup folder', () => {
  it('is encrypted as a whole, named .zip.enc, recorded, and read back with the stored passphrase', async () => {
    const { handlers, settled, clock } = await withFolder();
    await handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    clock.set(march(4));
    const bytes = sample(2 * streamPieceBytes + 1234);

    const opened = await handlers[desktopChannels.beginFileWrite]({ target: 'backup-folder', reason: 'scheduled' });
    if (opened.status !== 'open') throw new Error('not opened');
    // Nothing is in place while the pieces arrive.
    expect(readdirSync(folders.backupFolder).filter((name) => !name.startsWith('.'))).toEqual([]);
    for (let start = 0; start < bytes.length; start += 1_000_000) {
      await handlers[desktopChannels.writeFileChunk]({ streamId: opened.streamId, bytes: bytes.slice(start, start + 1_000_000) });
    }
    const fileName = 'scope-journal-backup-2026-03-04T09-00-00.zip.enc';
    await expect(handlers[desktopChannels.finishFileWrite]({ streamId: opened.streamId })).resolves.toMatchObject({
      fileName,
      removed: [],
    });
    expect(settled).toEqual(['scheduled']);
    expect(readdirSync(folders.backupFolder)).toEqual([fileName]);

    const onDisk = readFileSync(join(folders.backupFolder, fileName));
    expect(onDisk.includes(Buffer.from(bytes.subarray(0, 64)))).toBe(false);
    expect(Buffer.from(await decryptBackup(onDisk, passphrase)).equals(Buffer.from(bytes))).toBe(true);
    await expect(handlers[desktopChannels.listBackups](undefined)).resolves.toEqual([
      { fileName, createdAt: march(4).toISOString(), bytes: onDisk.byteLength, encrypted: true },
    ]);
    await expect(handlers[desktopChannels.getBackupSettings](undefined)).resolves.toMatchObject({ lastBackupAt: march(4).toISOString() });

    const streamId = await openBackup(handlers, fileName);
    await expect(handlers[desktopChannels.readFileChunk]({ streamId })).rejects.toThrow('is encrypted: enter its passphrase');
    await handlers[desktopChannels.unlockFileRead]({ streamId });
    expect(Buffer.from(await readAll(handlers, streamId)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('tells a wrong passphrase only at the end, and can then be read from the start with the right one', async () => {
    const { handlers } = await withFolder();
    await handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    const bytes = sample(streamPieceBytes + 99);
    const opened = await handlers[desktopChannels.beginFileWrite]({ target: 'backup-folder', reason: 'now' });
    if (opened.status !== 'open') throw new Error('not opened');
    await handlers[desktopChannels.writeFileChunk]({ streamId: opened.streamId, bytes });
    const { fileName } = await handlers[desktopChannels.finishFileWrite]({ streamId: opened.streamId });

    const streamId = await openBackup(handlers, fileName);
    await handlers[desktopChannels.unlockFileRead]({ streamId, passphrase: 'not the passphrase' });
    await expect(readAll(handlers, streamId)).rejects.toThrow('The passphrase is wrong, or the backup file has been altered');
    await handlers[desktopChannels.unlockFileRead]({ streamId, passphrase });
    expect(Buffer.from(await readAll(handlers, streamId)).equals(Buffer.from(bytes))).toBe(true);
    await handlers[desktopChannels.closeFileStream]({ streamId });
    await expect(handlers[desktopChannels.readFileChunk]({ streamId })).rejects.toThrow('no longer open');
  });

  it('holds the folder while open: another backup waits, and an abort leaves nothing behind', async () => {
    const { handlers, settled, clock } = await withFolder();
    clock.set(march(5));
    const opened = await handlers[desktopChannels.beginFileWrite]({ target: 'backup-folder', reason: 'quit' });
    if (opened.status !== 'open') throw new Error('not opened');
    await handlers[desktopChannels.writeFileChunk]({ streamId: opened.streamId, bytes: sample(1000) });

    let plainWritten = false;
    const plain = write(handlers, undefined, 'scheduled').then((result) => {
      plainWritten = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(plainWritten).toBe(false);

    await handlers[desktopChannels.closeFileStream]({ streamId: opened.streamId });
    await expect(plain).resolves.toMatchObject({ fileName: 'scope-journal-backup-2026-03-05T09-00-00.json' });
    // The aborted archive left no file, not even its temporary one.
    expect(readdirSync(folders.backupFolder)).toEqual(['scope-journal-backup-2026-03-05T09-00-00.json']);
    expect(settled).toEqual(['quit', 'scheduled']);
  });

  it('refuses malformed requests and streams that are not open', async () => {
    const { handlers } = await withFolder();
    await expect(handlers[desktopChannels.writeFileChunk]({ streamId: 'stream-1', bytes: new Uint8Array(1) })).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.writeFileChunk}: streamId`),
    );
    await expect(
      handlers[desktopChannels.writeFileChunk]({ streamId: '7d3f5c52-4a5e-4b8a-9f3c-2a1b0c9d8e7f', bytes: new Uint8Array(1) }),
    ).rejects.toThrow('no longer open');
    await expect(handlers[desktopChannels.beginFileWrite]({ target: 'backup-folder', reason: 'whenever' })).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.beginFileWrite}`),
    );
    await expect(handlers[desktopChannels.openFileRead]({ source: 'backup-folder', fileName: '../secrets.json' })).rejects.toThrow(
      'without a folder or “..”',
    );
  });
});

describe('streamed files', () => {
  it('replace a file only when finished, and an abandoned stream is dropped and removed', async () => {
    const target = join(folders.root, 'export.zip');
    writeFileSync(target, 'the old file');
    const write = await openStreamedWrite(target);
    await write.write(sample(10));
    expect(readFileSync(target, 'utf8')).toBe('the old file');
    await write.abort();
    expect(readFileSync(target, 'utf8')).toBe('the old file');
    expect(readdirSync(folders.root)).toEqual(['export.zip']);

    const streams = createFileStreams(20);
    const id = streams.addWrite(await openStreamedWrite(target));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(() => streams.write(id)).toThrow('no longer open');
    expect(readdirSync(folders.root)).toEqual(['export.zip']);
    expect(existsSync(target)).toBe(true);
  });

  it('read a plain file in pieces, and refuse one over the limit', async () => {
    const path = join(folders.root, 'plain.json');
    const bytes = sample(streamPieceBytes * 2);
    writeFileSync(path, bytes);
    const read = await openStreamedRead(path, bytes.length);
    expect(read).toMatchObject({ fileName: 'plain.json', bytes: bytes.length, encrypted: false });
    const pieces: Uint8Array[] = [];
    for (;;) {
      const piece = await read.read();
      pieces.push(piece.bytes);
      if (piece.done) break;
    }
    await read.close();
    expect(Buffer.concat(pieces).equals(Buffer.from(bytes))).toBe(true);
    await expect(openStreamedRead(path, bytes.length - 1)).rejects.toThrow('is too large to open');
    await expect(openStreamedRead(folders.root, bytes.length)).rejects.toThrow(/is not a file/);
    await expect(openStreamedRead(join(folders.root, 'missing.json'), bytes.length)).rejects.toThrow(/ENOENT/);
  });
});
