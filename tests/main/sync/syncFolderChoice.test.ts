import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopChannels } from '../../../src-main/shared/contract';
import { createComputer, filesUnder, folders, joinedComputer, useSyncFolders } from './syncHarness';

/* Which folders may become the sync folder, and that a refused one is never written to. */

useSyncFolders();

const foreignMessage =
  'This folder is not a Scope Journal sync folder, and it is not empty. Choose an empty folder, or the sync folder your other computers use; nothing was written to it.';

function newerMessage(version: number): string {
  return `This sync folder was written by a newer version of Scope Journal (format ${version}). Update the app on this computer to sync with it; nothing was changed.`;
}

describe('choosing the sync folder', () => {
  it('takes an empty folder with the folder chooser, and writes nothing into it yet', async () => {
    const computer = createComputer('ana');
    const view = await computer.choose();
    expect(view).toEqual({
      folder: folders.sync,
      deviceId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/) as unknown,
      deviceName: 'ana-laptop',
      hasPassphrase: false,
      isPassphraseStored: false,
      isSecretStorageAvailable: true,
    });
    expect(computer.folderDialogs).toEqual([
      { title: expect.stringContaining('sync folder') as unknown, properties: ['openDirectory', 'createDirectory'] },
    ]);
    expect(filesUnder(folders.sync)).toEqual([]);
    expect(computer.storedSettings()).toMatchObject({ folder: folders.sync, deviceId: view?.deviceId, protectedPassphrase: null });
  });

  it('answers null when the chooser is cancelled, and changes nothing', async () => {
    const computer = createComputer('ana', { folder: null });
    await expect(computer.choose()).resolves.toBeNull();
    await expect(computer.handlers[desktopChannels.getSyncSettings](undefined)).resolves.toMatchObject({ folder: null });
  });

  it('counts a folder holding only what file managers and sync services put everywhere as empty', async () => {
    for (const name of ['.DS_Store', '.stfolder', 'desktop.ini', '.dropbox']) {
      writeFileSync(join(folders.sync, name), '');
    }
    await expect(createComputer('ana').choose()).resolves.toMatchObject({ folder: folders.sync });
  });

  it('takes the folder another computer already syncs through', async () => {
    await joinedComputer('ana');
    await expect(createComputer('ben').choose()).resolves.toMatchObject({ folder: folders.sync });
  });

  it('refuses a folder that holds other things, writing nothing and storing nothing', async () => {
    writeFileSync(join(folders.sync, 'taxes-2026.pdf'), '%PDF-1.7');
    const computer = createComputer('ana');
    await expect(computer.choose()).rejects.toThrow(foreignMessage);
    expect(filesUnder(folders.sync)).toEqual(['taxes-2026.pdf']);
    await expect(computer.handlers[desktopChannels.getSyncSettings](undefined)).resolves.toMatchObject({ folder: null });
  });

  it('refuses a folder a newer version wrote, writing nothing and storing nothing', async () => {
    writeFileSync(join(folders.sync, 'scope-journal-sync.json'), '{"format":"scope-journal-sync","version":2}\n');
    mkdirSync(join(folders.sync, 'devices'));
    const computer = createComputer('ana');
    await expect(computer.choose()).rejects.toThrow(newerMessage(2));
    expect(filesUnder(folders.sync)).toEqual(['scope-journal-sync.json']);
    await expect(computer.handlers[desktopChannels.getSyncSettings](undefined)).resolves.toMatchObject({ folder: null });
  });

  it('reads the renamed copies a sync service made of the marker, the highest version deciding', async () => {
    writeFileSync(
      join(folders.sync, 'scope-journal-sync (conflicted copy 2026-12-07).json'),
      '{"format":"scope-journal-sync","version":1}\n',
    );
    await expect(createComputer('ana').choose()).resolves.toMatchObject({ folder: folders.sync });
    writeFileSync(join(folders.sync, 'scope-journal-sync.json'), '{"format":"scope-journal-sync","version":1}\n');
    writeFileSync(join(folders.sync, 'scope-journal-sync 2.json'), '{"format":"scope-journal-sync","version":2}\n');
    await expect(createComputer('ben').choose()).rejects.toThrow(newerMessage(2));
  });

  it('refuses a damaged marker, and a folder that does not exist', async () => {
    writeFileSync(join(folders.sync, 'scope-journal-sync.json'), '{"format":"scope-jour');
    await expect(createComputer('ana').choose()).rejects.toThrow(/damaged, or still being copied/);
    await expect(createComputer('ben', { folder: join(folders.root, 'Gone') }).choose()).rejects.toThrow(/cannot be found/);
    expect(existsSync(join(folders.root, 'Gone'))).toBe(false);
  });

  it('checks the version again at every listing and write, once another computer has upgraded the folder', async () => {
    const ana = await joinedComputer('ana');
    await ana.writeBatch('{"changes":[1]}');
    const before = filesUnder(folders.sync);
    writeFileSync(join(folders.sync, 'scope-journal-sync.json'), '{"format":"scope-journal-sync","version":3}\n');
    await expect(ana.list()).rejects.toThrow(newerMessage(3));
    await expect(ana.writeBatch('{"changes":[2]}')).rejects.toThrow(newerMessage(3));
    await expect(
      ana.handlers[desktopChannels.writeSyncFile]({ hash: 'a'.repeat(64), part: 'thumbnail', bytes: new Uint8Array([1]) }),
    ).rejects.toThrow(newerMessage(3));
    expect(filesUnder(folders.sync)).toEqual(before);
  });

  it('writes the marker when joining, the same bytes on every computer, and again if it goes missing', async () => {
    const ana = await joinedComputer('ana');
    const marker = join(folders.sync, 'scope-journal-sync.json');
    expect(readFileSync(marker, 'utf8')).toBe('{"format":"scope-journal-sync","version":1}\n');
    writeFileSync(marker, '');
    // A marker cut short is refused rather than rewritten: it may be another version's, mid-copy.
    await expect(ana.list()).rejects.toThrow(/damaged, or still being copied/);
    rmSync(marker);
    await expect(ana.list()).resolves.toMatchObject({ folder: folders.sync });
    await ana.writeBatch('{}');
    expect(readFileSync(marker, 'utf8')).toBe('{"format":"scope-journal-sync","version":1}\n');
  });

  it('keeps the passphrase when the same folder is chosen again, and forgets it for another folder', async () => {
    const other = join(folders.root, 'Other');
    mkdirSync(other);
    const ana = await joinedComputer('ana');
    await expect(ana.choose()).resolves.toMatchObject({ folder: folders.sync, hasPassphrase: true, isPassphraseStored: true });
    // The same computer after a restart, choosing another folder.
    const restarted = createComputer('ana', { folder: other });
    await expect(restarted.choose()).resolves.toMatchObject({ folder: other, hasPassphrase: false, isPassphraseStored: false });
    expect(restarted.storedSettings()).toMatchObject({ folder: other, protectedPassphrase: null });
  });
});
