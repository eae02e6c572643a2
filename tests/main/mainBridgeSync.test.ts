import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopChannels } from '../../src-main/shared/contract';
import { fakeRevealSecret } from './fakeBackupPorts';
import { installInFakePage, temporary, useFakePages } from './fakeBridgePage';

/*
 * The end-to-end bridge's sync, run without a browser (see fakeBridgePage.ts): the real handlers,
 * with the bridge's user-data folder, folder chooser and stand-in key store. Pages with their own
 * user-data folders and the same folder chooser answer are computers sharing a sync folder. (A
 * fake page takes over the stand-in `window`, so the computers take turns here.)
 */

useFakePages();

const passphrase = 'correct horse battery';
const cheap = { scrypt: { logCost: 10, blockSize: 8, parallelism: 1 } };

describe('the bridge’s sync', () => {
  it('acts as two computers for two user-data folders and one sync folder', async () => {
    const folder = join(temporary.folder, 'Dropbox', 'Scope Journal');
    mkdirSync(folder, { recursive: true });
    const anaData = join(temporary.folder, 'ana');
    const computer = (userDataPath: string, hostName: string) =>
      installInFakePage({ userDataPath, folderDialogPath: () => folder, hostName, syncEncryption: cheap });

    const ana = await computer(anaData, 'ana-laptop');
    await expect(ana.call('chooseSyncFolder')).resolves.toMatchObject({ folder, deviceName: 'ana-laptop' });
    expect(ana.bridge.folderDialogs).toEqual([expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] })]);
    const anaView = (await ana.call('setSyncPassphrase', { passphrase })) as { deviceId: string };
    // The passphrase went through the bridge's stand-in key store into its user-data folder.
    const settings = JSON.parse(readFileSync(join(anaData, 'sync-settings.json'), 'utf8')) as { protectedPassphrase: string };
    expect(fakeRevealSecret(Buffer.from(settings.protectedPassphrase, 'base64'))).toBe(passphrase);
    await expect(ana.call('writeSyncBatch', { text: '{"from":"ana"}' })).resolves.toEqual({ name: '0000000001.sjs' });

    const ben = await computer(join(temporary.folder, 'ben'), 'ben-desktop');
    await ben.call('chooseSyncFolder');
    await expect(ben.call('setSyncPassphrase', { passphrase: 'not the passphrase' })).rejects.toThrow(
      `Error invoking remote method '${desktopChannels.setSyncPassphrase}': Error: The passphrase is wrong`,
    );
    const benView = (await ben.call('setSyncPassphrase', { passphrase })) as { deviceId: string };
    expect(benView.deviceId).not.toBe(anaView.deviceId);
    await expect(ben.call('readSyncBatch', { deviceId: anaView.deviceId, name: '0000000001.sjs' })).resolves.toEqual({
      status: 'complete',
      value: '{"from":"ana"}',
    });
    const png = new TextEncoder().encode('not really a png');
    const hash = createHash('sha256').update(png).digest('hex');
    await ben.call('writeSyncFile', { hash, part: 'file', bytes: png });

    // Ana's computer again (after a restart): it reads Ben's attachment, as bytes.
    const anaAgain = await computer(anaData, 'ana-laptop');
    const listing = (await anaAgain.call('listSyncFolder')) as { devices: { deviceId: string; isThisComputer: boolean }[] };
    const thisComputer = listing.devices.filter((device) => device.isThisComputer).map((device) => device.deviceId);
    expect(thisComputer).toEqual([anaView.deviceId]);
    expect(listing.devices.map((device) => device.deviceId).sort()).toEqual([anaView.deviceId, benView.deviceId].sort());
    const read = (await anaAgain.call('readSyncFile', { deviceId: benView.deviceId, name: `${hash}.sjs`, part: 'file' })) as {
      status: string;
      value: unknown;
    };
    expect(read.status).toBe('complete');
    expect(read.value).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(read.value as Uint8Array).equals(Buffer.from(png))).toBe(true);
    expect(existsSync(join(folder, 'scope-journal-sync.json'))).toBe(true);
  });

  it('requestSync calls the page’s sync listeners, with nothing, until they unsubscribe', async () => {
    const { call, bridge } = await installInFakePage();
    await expect(bridge.requestSync()).resolves.toBe(0);
    const heard: unknown[][] = [];
    const stop = await call('onSyncRequested', (...args: unknown[]) => heard.push(args));
    await expect(bridge.requestSync()).resolves.toBe(1);
    expect(heard).toEqual([[]]);
    if (typeof stop === 'function') {
      Reflect.apply(stop, undefined, []);
    }
    await expect(bridge.requestSync()).resolves.toBe(0);
    expect(() => call('onSyncRequested', 'not a function')).toThrow(TypeError);
  });
});
