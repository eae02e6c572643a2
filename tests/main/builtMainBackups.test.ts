import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { desktopChannels, desktopEventChannels } from '../../src-main/shared/contract';
import type { FakeMainElectron } from './fakeElectron';
import { createFakeEvent } from './fakeEvent';
import { builtPaths, invokeAs as invoke, onlyWindow, useBuiltMain } from './startBuiltMain';

/*
 * Automatic backups in the BUILT main bundle, run against the fake `electron`: the folder chooser,
 * the passphrase in safeStorage, and the quit that waits for the page's backup.
 */

const { appPageUrl } = builtPaths;
const { sandbox, startMain } = useBuiltMain('scope-journal-main-');

describe('automatic backups in the built main process', () => {
  /** Starts the app and, when `folder` is given, chooses it as the backup folder through the handler. */
  async function startWithBackups(folder?: string) {
    const electron = await startMain();
    if (folder !== undefined) {
      electron.dialog.folderPath = folder;
      await expect(invoke(electron, desktopChannels.chooseBackupFolder, appPageUrl)).resolves.toMatchObject({ folder });
    }
    return electron;
  }

  /** The backup requests the main process sent to the page. */
  function backupRequests(electron: FakeMainElectron): unknown[][] {
    return onlyWindow(electron)
      .webContents.sent.filter((message) => message.channel === desktopEventChannels.backupRequested)
      .map((message) => message.args);
  }

  it('chooses the folder with the system folder chooser, then writes, lists and reads backups', async () => {
    const folder = join(sandbox.userDataPath, 'Backups');
    const electron = await startWithBackups(folder);
    expect(electron.dialog.openDialogs.at(-1)).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
    expect(JSON.parse(readFileSync(join(sandbox.userDataPath, 'backup-settings.json'), 'utf8'))).toMatchObject({ folder });

    const contents = '{"format":"scope-journal-backup"}';
    const written = await invoke(electron, desktopChannels.writeBackup, appPageUrl, { contents, reason: 'now' });
    expect(written).toMatchObject({ fileName: expect.stringMatching(/^scope-journal-backup-.*\.json$/) as unknown });
    const listed = await invoke(electron, desktopChannels.listBackups, appPageUrl);
    expect(listed).toEqual([expect.objectContaining({ encrypted: false, bytes: contents.length })]);
    const [backup] = listed as { fileName: string }[];
    const opened = await invoke(electron, desktopChannels.openFileRead, appPageUrl, {
      source: 'backup-folder',
      fileName: backup?.fileName,
    });
    expect(opened).toMatchObject({ status: 'open', fileName: backup?.fileName, bytes: contents.length, encrypted: false });
    const { streamId } = opened as { streamId: string };
    const pieces: Uint8Array[] = [];
    for (;;) {
      const piece = (await invoke(electron, desktopChannels.readFileChunk, appPageUrl, { streamId })) as {
        bytes: Uint8Array;
        done: boolean;
      };
      pieces.push(piece.bytes);
      if (piece.done) break;
    }
    await invoke(electron, desktopChannels.closeFileStream, appPageUrl, { streamId });
    expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(pieces))).toBe(contents);
    await expect(invoke(electron, desktopChannels.getBackupSettings, appPageUrl)).resolves.toMatchObject({
      lastBackupAt: expect.any(String) as unknown,
    });
  });

  it('keeps the passphrase sealed by safeStorage, and refuses encryption when safeStorage protects nothing', async () => {
    const electron = await startWithBackups(join(sandbox.userDataPath, 'Backups'));
    const passphrase = 'correct horse battery';
    await expect(invoke(electron, desktopChannels.updateBackupSettings, appPageUrl, { encrypt: true, passphrase })).resolves.toMatchObject({
      encrypt: true,
      hasPassphrase: true,
    });
    const stored = JSON.parse(readFileSync(join(sandbox.userDataPath, 'backup-settings.json'), 'utf8')) as {
      protectedPassphrase: string;
    };
    expect(electron.safeStorage.decryptString(Buffer.from(stored.protectedPassphrase, 'base64'))).toBe(passphrase);

    if (process.platform === 'linux') {
      electron.safeStorage.backend = 'basic_text';
      await expect(
        invoke(electron, desktopChannels.updateBackupSettings, appPageUrl, { passphrase: 'another passphrase' }),
      ).rejects.toThrow(/cannot store the passphrase safely/);
    }
  });

  it('asks the page for a backup at quit, and quits once it is written', async () => {
    const electron = await startWithBackups(join(sandbox.userDataPath, 'Backups'));
    const quitsBefore = electron.app.quitCount;
    const beforeQuit = createFakeEvent();
    electron.app.emit('before-quit', beforeQuit);
    expect(beforeQuit.defaultPrevented).toBe(true);
    expect(backupRequests(electron)).toEqual([['quit']]);

    // Quitting again meanwhile still waits, without asking again.
    const again = createFakeEvent();
    electron.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(true);
    expect(electron.app.quitCount).toBe(quitsBefore);

    await invoke(electron, desktopChannels.writeBackup, appPageUrl, { contents: '{"entries":[]}', reason: 'quit' });
    expect(electron.app.quitCount).toBe(quitsBefore + 1);
    const final = createFakeEvent();
    electron.app.emit('before-quit', final);
    expect(final.defaultPrevented).toBe(false);
    expect(backupRequests(electron)).toEqual([['quit']]);
  });

  it('quits as well when the page’s quit backup fails', async () => {
    // A file where the folder should be: the backup cannot be written.
    const notAFolder = join(sandbox.userDataPath, 'Backups');
    writeFileSync(notAFolder, '');
    const electron = await startWithBackups(notAFolder);
    const quitsBefore = electron.app.quitCount;
    electron.app.emit('before-quit', createFakeEvent());
    await expect(
      invoke(electron, desktopChannels.writeBackup, appPageUrl, { contents: '{"entries":[]}', reason: 'quit' }),
    ).rejects.toThrow();
    expect(electron.app.quitCount).toBe(quitsBefore + 1);
  });

  it('lets the quit go at once, asking nothing, while no backup folder is chosen', async () => {
    const electron = await startWithBackups();
    const beforeQuit = createFakeEvent();
    electron.app.emit('before-quit', beforeQuit);
    expect(beforeQuit.defaultPrevented).toBe(false);
    expect(backupRequests(electron)).toEqual([]);
  });

  it.skipIf(process.platform === 'darwin')('keeps the window open for the backup when closing it quits the app', async () => {
    const electron = await startWithBackups(join(sandbox.userDataPath, 'Backups'));
    const window = onlyWindow(electron);
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(backupRequests(electron)).toEqual([['quit']]);
    expect(existsSync(join(sandbox.userDataPath, 'window-state.json'))).toBe(false);

    const quitsBefore = electron.app.quitCount;
    await invoke(electron, desktopChannels.writeBackup, appPageUrl, { contents: '{"entries":[]}', reason: 'quit' });
    expect(electron.app.quitCount).toBe(quitsBefore + 1);
    // As `app.quit()` does: the window closes now, and remembers where it was.
    window.close();
    expect(window.isDestroyed()).toBe(true);
    await vi.waitFor(() => expect(existsSync(join(sandbox.userDataPath, 'window-state.json'))).toBe(true));
  });
});
