import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopChannels, type SyncDeviceListing } from '../../../src-main/shared/contract';
import { createTestClock } from '../fakeBackupPorts';
import { createComputer, deviceFile, filesUnder, folders, joinedComputer, passphrase, useSyncFolders } from './syncHarness';

/* Two computers, each with its own user data, syncing through one folder. */

useSyncFolders();

const wrongPassphraseMessage = 'The passphrase is wrong: it does not open the files your other computers wrote. Nothing was changed.';

/** The listing of the device folder `deviceId`, which must be there. */
function deviceOf(devices: SyncDeviceListing[], deviceId: string): SyncDeviceListing {
  const device = devices.find((candidate) => candidate.deviceId === deviceId);
  if (device === undefined) throw new Error(`no device folder ${deviceId}`);
  return device;
}

describe('two computers sharing a sync folder', () => {
  it('join, write batches, and list and read each other’s', async () => {
    const clock = createTestClock(new Date('2026-12-07T09:00:00.000Z'));
    const ana = await joinedComputer('ana', { clock, hostName: 'Anas-MacBook-Pro.local' });
    const ben = await joinedComputer('ben', { clock, appVersion: '1.3.0' });
    const anaId = (await ana.handlers[desktopChannels.getSyncSettings](undefined)).deviceId;
    const benId = (await ben.handlers[desktopChannels.getSyncSettings](undefined)).deviceId;
    expect(anaId).not.toBe(benId);

    clock.set(new Date('2026-12-07T10:30:00.000Z'));
    await expect(ana.writeBatch('{"changes":["first"]}')).resolves.toEqual({ name: '0000000001.sjs' });
    await expect(ana.writeBatch('{"changes":["second"]}')).resolves.toEqual({ name: '0000000002.sjs' });
    await expect(ben.writeBatch('{"changes":["déjà vu"]}')).resolves.toEqual({ name: '0000000001.sjs' });

    const listing = await ben.list();
    expect(listing.folder).toBe(folders.sync);
    expect(listing.devices.map((device) => device.deviceId).sort()).toEqual([anaId, benId].sort());
    expect(deviceOf(listing.devices, anaId)).toEqual({
      deviceId: anaId,
      isThisComputer: false,
      info: { deviceId: anaId, name: 'Anas-MacBook-Pro', lastActivityAt: '2026-12-07T10:30:00.000Z', appVersion: '1.2.3', hasLeft: false },
      batches: ['0000000001.sjs', '0000000002.sjs'],
      files: [],
      thumbnails: [],
    });
    expect(deviceOf(listing.devices, benId)).toMatchObject({ isThisComputer: true, info: { name: 'ben-laptop', appVersion: '1.3.0' } });

    await expect(ben.readBatch(anaId, '0000000002.sjs')).resolves.toEqual({ status: 'complete', value: '{"changes":["second"]}' });
    await expect(ana.readBatch(benId, '0000000001.sjs')).resolves.toEqual({ status: 'complete', value: '{"changes":["déjà vu"]}' });
    await expect(ana.readBatch(benId, '0000000002.sjs')).resolves.toEqual({ status: 'incomplete' });
    // No temporary file is left behind.
    expect(filesUnder(folders.sync).filter((path) => path.includes('.tmp-'))).toEqual([]);
  });

  it('number batches on from the highest in the folder after a restart', async () => {
    const ana = await joinedComputer('ana');
    await ana.writeBatch('one');
    await ana.writeBatch('two');
    const restarted = createComputer('ana');
    await expect(restarted.writeBatch('three')).resolves.toEqual({ name: '0000000003.sjs' });
    const anaId = (await restarted.handlers[desktopChannels.getSyncSettings](undefined)).deviceId;
    expect(readdirSync(deviceFile(anaId, 'batches')).sort()).toEqual(['0000000001.sjs', '0000000002.sjs', '0000000003.sjs']);
  });

  it('refuse a wrong passphrase, storing and writing nothing', async () => {
    await joinedComputer('ana');
    const before = filesUnder(folders.sync);
    const ben = createComputer('ben');
    await ben.choose();
    await expect(ben.join('not the passphrase')).rejects.toThrow(wrongPassphraseMessage);
    expect(filesUnder(folders.sync)).toEqual(before);
    expect(ben.storedSettings()).toMatchObject({ protectedPassphrase: null });
    await expect(ben.handlers[desktopChannels.getSyncSettings](undefined)).resolves.toMatchObject({ hasPassphrase: false });
    await expect(ben.list()).rejects.toThrow('Enter the sync passphrase first');
    await expect(ben.writeBatch('{}')).rejects.toThrow('Enter the sync passphrase first');
    await expect(ben.join(passphrase)).resolves.toMatchObject({ hasPassphrase: true });
  });

  it('accept any passphrase for a new folder, and keep it sealed by the keychain', async () => {
    const ana = createComputer('ana');
    await ana.choose();
    await expect(ana.join('a brand new passphrase')).resolves.toMatchObject({ hasPassphrase: true, isPassphraseStored: true });
    const sealed = ana.storedSettings().protectedPassphrase;
    expect(typeof sealed).toBe('string');
    expect(Buffer.from(String(sealed), 'base64').toString('utf8')).not.toContain('a brand new passphrase');
    // After a restart the keychain gives it back.
    await expect(createComputer('ana').list()).resolves.toMatchObject({ devices: [expect.objectContaining({ isThisComputer: true })] });
  });

  it('keep the passphrase in memory only where there is no keychain', async () => {
    const ana = createComputer('ana', { isSecretStorageAvailable: false });
    await ana.choose();
    await expect(ana.join()).resolves.toMatchObject({
      hasPassphrase: true,
      isPassphraseStored: false,
      isSecretStorageAvailable: false,
    });
    expect(ana.storedSettings()).toMatchObject({ protectedPassphrase: null });
    await expect(ana.writeBatch('{}')).resolves.toEqual({ name: '0000000001.sjs' });
    // The next start asks again.
    const restarted = createComputer('ana', { isSecretStorageAvailable: false });
    await expect(restarted.handlers[desktopChannels.getSyncSettings](undefined)).resolves.toMatchObject({
      folder: folders.sync,
      hasPassphrase: false,
    });
    await expect(restarted.list()).rejects.toThrow('Enter the sync passphrase first');
    await expect(restarted.join()).resolves.toMatchObject({ hasPassphrase: true });
    await expect(restarted.writeBatch('{}')).resolves.toEqual({ name: '0000000002.sjs' });
  });

  it('rename this computer, everywhere once joined', async () => {
    const ana = createComputer('ana');
    await expect(ana.handlers[desktopChannels.renameSyncDevice]({ name: '  Work laptop  ' })).resolves.toMatchObject({
      deviceName: 'Work laptop',
    });
    await ana.choose();
    await ana.join();
    const ben = await joinedComputer('ben');
    await ana.handlers[desktopChannels.renameSyncDevice]({ name: 'Ana’s desk' });
    const anaListing = (await ben.list()).devices.find((device) => !device.isThisComputer);
    expect(anaListing?.info?.name).toBe('Ana’s desk');
    await expect(ana.handlers[desktopChannels.renameSyncDevice]({ name: '   ' })).rejects.toThrow(/name: must not be empty/);
    await expect(ana.handlers[desktopChannels.renameSyncDevice]({ name: 'x'.repeat(81) })).rejects.toThrow(/at most 80 characters/);
    await expect(ana.handlers[desktopChannels.renameSyncDevice]({ name: 'Tab\there' })).rejects.toThrow(/control characters/);
  });

  it('leave: mark the computer as left, keep every file, forget the folder and passphrase, and take a new id', async () => {
    const ana = await joinedComputer('ana');
    const ben = await joinedComputer('ben');
    const { deviceId: anaId } = await ana.handlers[desktopChannels.getSyncSettings](undefined);
    await ana.writeBatch('{"changes":["kept"]}');
    const before = filesUnder(folders.sync);

    const view = await ana.handlers[desktopChannels.leaveSyncFolder](undefined);
    expect(view).toMatchObject({ folder: null, hasPassphrase: false, isPassphraseStored: false });
    expect(view.deviceId).not.toBe(anaId);
    expect(ana.storedSettings()).toMatchObject({ folder: null, protectedPassphrase: null, deviceId: view.deviceId });
    expect(filesUnder(folders.sync)).toEqual(before);
    await expect(ana.list()).rejects.toThrow('Choose the sync folder first.');

    const left = (await ben.list()).devices.find((device) => device.deviceId === anaId);
    expect(left?.info?.hasLeft).toBe(true);
    await expect(ben.readBatch(anaId, '0000000001.sjs')).resolves.toEqual({ status: 'complete', value: '{"changes":["kept"]}' });

    // Joining again later is a new device.
    await ana.choose();
    await ana.join();
    expect(existsSync(join(folders.sync, 'devices', view.deviceId, 'device.sjs'))).toBe(true);
  });

  it('leave even when the sync folder is gone', async () => {
    const removable = join(folders.root, 'Removable');
    mkdirSync(removable);
    const ana = await joinedComputer('ana', { folder: removable });
    rmSync(removable, { recursive: true, force: true });
    await expect(ana.handlers[desktopChannels.leaveSyncFolder](undefined)).resolves.toMatchObject({ folder: null });
    expect(ana.warnings).toEqual([expect.stringContaining('could not be rewritten')]);
  });
});
