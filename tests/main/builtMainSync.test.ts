import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopChannels, desktopEventChannels } from '../../src-main/shared/contract';
import type { FakeMainElectron } from './fakeElectron';
import { builtPaths, invokeAs as invoke, onlyWindow, useBuiltMain } from './startBuiltMain';

/*
 * Sync in the BUILT main bundle, run against the fake `electron`: the folder chooser, the
 * passphrase in safeStorage, and the page asked to sync when the computer wakes.
 */

const { appPageUrl } = builtPaths;
const { sandbox, startMain } = useBuiltMain('scope-journal-main-');

describe('sync in the built main process', () => {
  /** The sync requests the main process sent to the page, with what each carried. */
  function syncRequests(electron: FakeMainElectron): unknown[][] {
    return onlyWindow(electron)
      .webContents.sent.filter((message) => message.channel === desktopEventChannels.syncRequested)
      .map((message) => message.args);
  }

  it('asks the page to sync when the computer wakes from sleep', async () => {
    const electron = await startMain();
    expect(syncRequests(electron)).toEqual([]);
    electron.powerMonitor.emit('resume');
    electron.powerMonitor.emit('resume');
    expect(syncRequests(electron)).toEqual([[], []]);
  });

  it('chooses the sync folder, joins it with the passphrase sealed by safeStorage, and writes a batch', async () => {
    const folder = join(sandbox.userDataPath, 'Dropbox', 'Scope Journal');
    mkdirSync(folder, { recursive: true });
    const electron = await startMain();
    electron.dialog.folderPath = folder;
    await expect(invoke(electron, desktopChannels.chooseSyncFolder, appPageUrl)).resolves.toMatchObject({ folder, hasPassphrase: false });
    expect(electron.dialog.openDialogs.at(-1)).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });

    const passphrase = 'correct horse battery';
    const view = await invoke(electron, desktopChannels.setSyncPassphrase, appPageUrl, { passphrase });
    expect(view).toMatchObject({ folder, hasPassphrase: true, isPassphraseStored: true, isSecretStorageAvailable: true });
    const stored = JSON.parse(readFileSync(join(sandbox.userDataPath, 'sync-settings.json'), 'utf8')) as { protectedPassphrase: string };
    expect(electron.safeStorage.decryptString(Buffer.from(stored.protectedPassphrase, 'base64'))).toBe(passphrase);

    await expect(invoke(electron, desktopChannels.writeSyncBatch, appPageUrl, { text: '{"changes":[]}' })).resolves.toEqual({
      name: '0000000001.sjs',
    });
    const { deviceId } = view as { deviceId: string };
    expect(readdirSync(join(folder, 'devices', deviceId)).sort()).toEqual(['batches', 'device.sjs']);
    await expect(
      invoke(electron, desktopChannels.readSyncBatch, appPageUrl, { deviceId, name: '../../sync-settings.json' }),
    ).rejects.toThrow(/Invalid request/);
  });
});
