import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopChannels } from '../../src-main/shared/contract';
import {
  contents,
  createTestHandlers,
  folders,
  march,
  openBackup,
  passphrase,
  readText,
  useTemporaryFolders,
  withFolder,
  write,
} from './backupHandlerHarness';

/*
 * Writing and listing backups through the handlers, over real folders, and reading them back (and
 * decrypting them) in pieces through the stream methods, as the page's restore does.
 */

useTemporaryFolders();

/** A stream id that is well formed but names no open stream. */
const unknownStreamId = '7d3f5c52-4a5e-4b8a-9f3c-2a1b0c9d8e7f';

describe('writeBackup, listBackups, and reading backups back from the folder', () => {
  it('refuse clearly while no folder is chosen', async () => {
    const { handlers, settled } = createTestHandlers();
    await expect(write(handlers)).rejects.toThrow('Choose a backup folder first.');
    await expect(handlers[desktopChannels.listBackups](undefined)).resolves.toEqual([]);
    await expect(
      handlers[desktopChannels.openFileRead]({ source: 'backup-folder', fileName: 'scope-journal-backup-2026-03-01T09-00-00.json' }),
    ).rejects.toThrow('Choose a backup folder first.');
    expect(settled).toEqual(['now']);
  });

  it('write, list and read back a plain backup, and record when', async () => {
    const { handlers, settled, clock } = await withFolder();
    clock.set(march(2));
    const fileName = 'scope-journal-backup-2026-03-02T09-00-00.json';
    await expect(write(handlers, contents, 'scheduled')).resolves.toEqual({
      fileName,
      bytes: Buffer.byteLength(contents),
      removed: [],
    });
    expect(settled).toEqual(['scheduled']);
    expect(readFileSync(join(folders.backupFolder, fileName), 'utf8')).toBe(contents);
    await expect(handlers[desktopChannels.getBackupSettings](undefined)).resolves.toMatchObject({
      lastBackupAt: march(2).toISOString(),
      nextBackupAt: march(3).toISOString(),
    });
    await expect(handlers[desktopChannels.listBackups](undefined)).resolves.toEqual([
      { fileName, createdAt: march(2).toISOString(), bytes: Buffer.byteLength(contents), encrypted: false },
    ]);
    await expect(handlers[desktopChannels.openFileRead]({ source: 'backup-folder', fileName })).resolves.toEqual({
      status: 'open',
      streamId: expect.any(String) as unknown,
      fileName,
      bytes: Buffer.byteLength(contents),
      encrypted: false,
    });
    const streamId = await openBackup(handlers, fileName);
    await expect(readText(handlers, streamId)).resolves.toBe(contents);
    await handlers[desktopChannels.closeFileStream]({ streamId });
  });

  it('write, list and read back an encrypted backup, with the stored or a given passphrase', async () => {
    const { handlers } = await withFolder();
    await handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    const { fileName } = await write(handlers);
    expect(fileName).toBe('scope-journal-backup-2026-03-01T09-00-00.json.enc');
    const onDisk = readFileSync(join(folders.backupFolder, fileName));
    expect(onDisk.includes('scope-journal-backup')).toBe(false);
    await expect(handlers[desktopChannels.listBackups](undefined)).resolves.toMatchObject([{ fileName, encrypted: true }]);

    await expect(handlers[desktopChannels.openFileRead]({ source: 'backup-folder', fileName })).resolves.toMatchObject({
      status: 'open',
      bytes: onDisk.byteLength,
      encrypted: true,
    });

    // With the stored passphrase (no passphrase given).
    const stored = await openBackup(handlers, fileName);
    await handlers[desktopChannels.unlockFileRead]({ streamId: stored });
    await expect(readText(handlers, stored)).resolves.toBe(contents);
    // With a given passphrase.
    const given = await openBackup(handlers, fileName);
    await handlers[desktopChannels.unlockFileRead]({ streamId: given, passphrase });
    await expect(readText(handlers, given)).resolves.toBe(contents);
    // A wrong one is told by the last piece.
    const wrong = await openBackup(handlers, fileName);
    await handlers[desktopChannels.unlockFileRead]({ streamId: wrong, passphrase: 'not the passphrase' });
    await expect(readText(handlers, wrong)).rejects.toThrow(
      'The passphrase is wrong, or the backup file has been altered; nothing was restored.',
    );
    for (const streamId of [stored, given, wrong]) await handlers[desktopChannels.closeFileStream]({ streamId });
  });

  it('decrypt an encrypted backup the user opened elsewhere, with the passphrase given', async () => {
    const writer = await withFolder();
    await writer.handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    const { fileName } = await write(writer.handlers);
    const opened = join(folders.root, 'copied-backup.json.enc');
    writeFileSync(opened, readFileSync(join(folders.backupFolder, fileName)));

    // The same settings, so a passphrase is stored; it is only for backups in the folder: one chosen in a dialog needs its own.
    const { handlers } = createTestHandlers({ openFilePath: opened });
    const open = () => handlers[desktopChannels.openFileRead]({ source: 'dialog', title: 'Restore', filters: [] });
    const first = await open();
    if (first.status !== 'open') throw new Error('not opened');
    expect(first).toMatchObject({ fileName: 'copied-backup.json.enc', encrypted: true });
    await expect(handlers[desktopChannels.unlockFileRead]({ streamId: first.streamId })).rejects.toThrow(
      'Enter the passphrase the backup was encrypted with.',
    );
    await handlers[desktopChannels.unlockFileRead]({ streamId: first.streamId, passphrase });
    await expect(readText(handlers, first.streamId)).resolves.toBe(contents);

    const second = await open();
    if (second.status !== 'open') throw new Error('not opened');
    await handlers[desktopChannels.unlockFileRead]({ streamId: second.streamId, passphrase: 'not the passphrase' });
    await expect(readText(handlers, second.streamId)).rejects.toThrow(
      'The passphrase is wrong, or the backup file has been altered; nothing was restored.',
    );
    for (const { streamId } of [first, second]) await handlers[desktopChannels.closeFileStream]({ streamId });

    await expect(
      createTestHandlers().handlers[desktopChannels.openFileRead]({ source: 'dialog', title: 'Restore', filters: [] }),
    ).resolves.toEqual({
      status: 'cancelled',
    });
  });

  it('asks for the passphrase of an encrypted backup when none is stored', async () => {
    const writer = await withFolder({ userDataPath: join(folders.root, 'other-user-data') });
    await writer.handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    const { fileName } = await write(writer.handlers);

    const { handlers } = await withFolder();
    const streamId = await openBackup(handlers, fileName);
    await expect(handlers[desktopChannels.readFileChunk]({ streamId })).rejects.toThrow(
      `“${fileName}” is encrypted: enter its passphrase.`,
    );
    await expect(handlers[desktopChannels.unlockFileRead]({ streamId })).rejects.toThrow('This backup is encrypted: enter its passphrase.');
    await handlers[desktopChannels.unlockFileRead]({ streamId, passphrase });
    await expect(readText(handlers, streamId)).resolves.toBe(contents);
    await handlers[desktopChannels.closeFileStream]({ streamId });
  });

  it('refuses to write encrypted when the stored passphrase cannot be unlocked, writing nothing', async () => {
    const first = await withFolder();
    await first.handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    const { handlers, settled } = createTestHandlers({
      revealSecret: () => {
        throw new Error('safeStorage cannot decrypt');
      },
    });
    await expect(write(handlers, contents, 'quit')).rejects.toThrow(/cannot be unlocked on this computer or account/);
    expect(settled).toEqual(['quit']);
    expect(existsSync(folders.backupFolder)).toBe(false);
  });

  it('keeps only the newest backups, and never touches other files', async () => {
    const { handlers, clock } = await withFolder();
    await handlers[desktopChannels.updateBackupSettings]({ keep: 2 });
    for (const day of [1, 2]) {
      clock.set(march(day));
      await write(handlers, `day ${day}`);
    }
    writeFileSync(join(folders.backupFolder, 'notes.txt'), 'mine');
    clock.set(march(3));
    await expect(write(handlers)).resolves.toMatchObject({
      removed: ['scope-journal-backup-2026-03-01T09-00-00.json'],
    });
    const listed = await handlers[desktopChannels.listBackups](undefined);
    expect(listed.map((backup) => backup.fileName)).toEqual([
      'scope-journal-backup-2026-03-03T09-00-00.json',
      'scope-journal-backup-2026-03-02T09-00-00.json',
    ]);
    expect(readdirSync(folders.backupFolder)).toContain('notes.txt');
  });

  it('writes backups asked for at once one after the other, each under its own name', async () => {
    const { handlers, settled } = await withFolder();
    const results = await Promise.all([write(handlers, 'one', 'scheduled'), write(handlers, 'two', 'quit')]);
    expect(new Set(results.map((result) => result.fileName)).size).toBe(2);
    expect(settled).toEqual(['scheduled', 'quit']);
    const texts = await Promise.all(results.map(async (result) => readText(handlers, await openBackup(handlers, result.fileName))));
    expect(texts).toEqual(['one', 'two']);
  });

  it.each([
    ['a folder in the name', '../backup-settings.json', /by its file name alone/],
    ['another file', 'notes.txt', /Only Scope Journal backups/],
    ['a missing backup', 'scope-journal-backup-2026-01-01T00-00-00.json', /is not in the backup folder/],
  ])('openFileRead from the backup folder refuses %s', async (_case, fileName, message) => {
    const { handlers } = await withFolder();
    await write(handlers);
    await expect(handlers[desktopChannels.openFileRead]({ source: 'backup-folder', fileName })).rejects.toThrow(message);
  });

  it.each([
    ['no payload', undefined],
    ['empty contents', { contents: '', reason: 'now' }],
    ['contents that are not text', { contents: 42, reason: 'now' }],
    ['an unknown reason', { contents, reason: 'later' }],
    ['an unknown field', { contents, reason: 'now', folder: '/tmp' }],
  ])('writeBackup rejects %s before writing', async (_case, payload) => {
    const { handlers, settled } = await withFolder();
    await expect(handlers[desktopChannels.writeBackup](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.writeBackup}: `),
    );
    expect(existsSync(folders.backupFolder)).toBe(false);
    expect(settled).toEqual([]);
  });

  it.each([
    ['no payload', undefined],
    ['no source', { fileName: 'scope-journal-backup-2026-03-01T09-00-00.json' }],
    ['a file name with a control character', { source: 'backup-folder', fileName: 'backup\n.json' }],
    ['an overlong file name', { source: 'backup-folder', fileName: `${'a'.repeat(256)}.json` }],
    [
      'a passphrase (given to unlockFileRead instead)',
      { source: 'backup-folder', fileName: 'scope-journal-backup-2026-03-01T09-00-00.json', passphrase },
    ],
    ['an unknown field', { source: 'backup-folder', fileName: 'scope-journal-backup-2026-03-01T09-00-00.json', folder: '/etc' }],
  ])('openFileRead rejects %s', async (_case, payload) => {
    const { handlers } = await withFolder();
    await expect(handlers[desktopChannels.openFileRead](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.openFileRead}: `),
    );
  });

  it('listBackups takes no payload', async () => {
    const { handlers } = await withFolder();
    await expect(handlers[desktopChannels.listBackups]('all')).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.listBackups}`),
    );
  });
});

describe('unlockFileRead and readFileChunk', () => {
  it.each([
    ['no payload', undefined],
    ['a stream id that is not one', { streamId: 'stream-1', passphrase }],
    ['a short passphrase', { streamId: unknownStreamId, passphrase: 'short' }],
    ['a passphrase that is not text', { streamId: unknownStreamId, passphrase: 12345678 }],
    ['an unknown field', { streamId: unknownStreamId, passphrase, fileName: 'a.json' }],
  ])('unlockFileRead rejects %s', async (_case, payload) => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.unlockFileRead](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.unlockFileRead}: `),
    );
  });

  it.each([
    ['no payload', undefined],
    ['a stream id that is not one', { streamId: 'stream-1' }],
    ['an unknown field', { streamId: unknownStreamId, passphrase }],
  ])('readFileChunk rejects %s', async (_case, payload) => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.readFileChunk](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.readFileChunk}: `),
    );
  });

  it('say so when the file is not an encrypted backup, by its content or its name', async () => {
    const { handlers } = await withFolder();
    const { fileName } = await write(handlers);
    const plain = await openBackup(handlers, fileName);
    await expect(handlers[desktopChannels.unlockFileRead]({ streamId: plain, passphrase })).rejects.toThrow(
      /not a readable encrypted Scope Journal backup/,
    );

    // Named as encrypted but plain inside: refused as damaged, never restored as text.
    const misnamed = 'scope-journal-backup-2026-02-01T09-00-00.json.enc';
    writeFileSync(join(folders.backupFolder, misnamed), contents);
    const streamId = await openBackup(handlers, misnamed);
    await expect(handlers[desktopChannels.readFileChunk]({ streamId })).rejects.toThrow(
      `“${misnamed}” is encrypted: enter its passphrase.`,
    );
    await expect(handlers[desktopChannels.unlockFileRead]({ streamId, passphrase })).rejects.toThrow(
      /not a readable encrypted Scope Journal backup/,
    );
    for (const id of [plain, streamId]) await handlers[desktopChannels.closeFileStream]({ streamId: id });
  });
});
