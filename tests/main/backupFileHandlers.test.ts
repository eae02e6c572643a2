import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopChannels } from '../../src-main/shared/contract';
import { contents, createTestHandlers, folders, march, passphrase, useTemporaryFolders, withFolder, write } from './backupHandlerHarness';

/* Writing, listing, reading and decrypting backups through the handlers, over real folders. */

useTemporaryFolders();

describe('writeBackup, listBackups and readBackup', () => {
  it('refuse clearly while no folder is chosen', async () => {
    const { handlers, settled } = createTestHandlers();
    await expect(write(handlers)).rejects.toThrow('Choose a backup folder first.');
    await expect(handlers[desktopChannels.listBackups](undefined)).resolves.toEqual([]);
    await expect(handlers[desktopChannels.readBackup]({ fileName: 'scope-journal-backup-2026-03-01T09-00-00.json' })).rejects.toThrow(
      'Choose a backup folder first.',
    );
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
    await expect(handlers[desktopChannels.readBackup]({ fileName })).resolves.toEqual({ contents });
  });

  it('write, list and read back an encrypted backup, with the stored or a given passphrase', async () => {
    const { handlers } = await withFolder();
    await handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    const { fileName } = await write(handlers);
    expect(fileName).toBe('scope-journal-backup-2026-03-01T09-00-00.json.enc');
    const onDisk = readFileSync(join(folders.backupFolder, fileName));
    expect(onDisk.includes('scope-journal-backup')).toBe(false);
    await expect(handlers[desktopChannels.listBackups](undefined)).resolves.toMatchObject([{ fileName, encrypted: true }]);

    await expect(handlers[desktopChannels.readBackup]({ fileName })).resolves.toEqual({ contents });
    await expect(handlers[desktopChannels.readBackup]({ fileName, passphrase })).resolves.toEqual({ contents });
    await expect(handlers[desktopChannels.readBackup]({ fileName, passphrase: 'not the passphrase' })).rejects.toThrow(
      'The passphrase is wrong, or the backup file has been altered; nothing was restored.',
    );
    await expect(handlers[desktopChannels.decryptBackup]({ bytes: new Uint8Array(onDisk), passphrase })).resolves.toEqual({ contents });
    await expect(
      handlers[desktopChannels.decryptBackup]({ bytes: new Uint8Array(onDisk), passphrase: 'not the passphrase' }),
    ).rejects.toThrow('The passphrase is wrong, or the backup file has been altered; nothing was restored.');
  });

  it('asks for the passphrase of an encrypted backup when none is stored', async () => {
    const writer = await withFolder({ userDataPath: join(folders.root, 'other-user-data') });
    await writer.handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    const { fileName } = await write(writer.handlers);

    const { handlers } = await withFolder();
    await expect(handlers[desktopChannels.readBackup]({ fileName })).rejects.toThrow('This backup is encrypted: enter its passphrase.');
    await expect(handlers[desktopChannels.readBackup]({ fileName, passphrase })).resolves.toEqual({ contents });
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
    const texts = await Promise.all(results.map((result) => handlers[desktopChannels.readBackup]({ fileName: result.fileName })));
    expect(texts).toEqual([{ contents: 'one' }, { contents: 'two' }]);
  });

  it.each([
    ['a folder in the name', '../backup-settings.json', /by its file name alone/],
    ['another file', 'notes.txt', /Only Scope Journal backups/],
    ['a missing backup', 'scope-journal-backup-2026-01-01T00-00-00.json', /is not in the backup folder/],
  ])('readBackup refuses %s', async (_case, fileName, message) => {
    const { handlers } = await withFolder();
    await write(handlers);
    await expect(handlers[desktopChannels.readBackup]({ fileName })).rejects.toThrow(message);
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
    ['a file name with a control character', { fileName: 'backup\n.json' }],
    ['an overlong file name', { fileName: `${'a'.repeat(256)}.json` }],
    ['a short passphrase', { fileName: 'scope-journal-backup-2026-03-01T09-00-00.json', passphrase: 'short' }],
    ['an unknown field', { fileName: 'scope-journal-backup-2026-03-01T09-00-00.json', folder: '/etc' }],
  ])('readBackup rejects %s', async (_case, payload) => {
    const { handlers } = await withFolder();
    await expect(handlers[desktopChannels.readBackup](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.readBackup}: `),
    );
  });

  it('listBackups takes no payload', async () => {
    const { handlers } = await withFolder();
    await expect(handlers[desktopChannels.listBackups]('all')).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.listBackups}`),
    );
  });
});

describe('decryptBackup', () => {
  it.each([
    ['no payload', undefined],
    ['bytes as a list of numbers', { bytes: [1, 2, 3], passphrase }],
    ['bytes as text', { bytes: 'SJBK1', passphrase }],
    ['a short passphrase', { bytes: new Uint8Array(8), passphrase: 'short' }],
    ['no passphrase', { bytes: new Uint8Array(8) }],
    ['an unknown field', { bytes: new Uint8Array(8), passphrase, fileName: 'a.json' }],
  ])('rejects %s', async (_case, payload) => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.decryptBackup](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.decryptBackup}: `),
    );
  });

  it('says so when the bytes are not an encrypted backup', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.decryptBackup]({ bytes: new TextEncoder().encode(contents), passphrase })).rejects.toThrow(
      /not a readable encrypted Scope Journal backup/,
    );
  });
});
