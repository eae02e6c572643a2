import { join } from 'node:path';
import { z } from 'zod';
import type { SyncDeviceInfo } from '../../shared/desktopResults';
import { isSyncDeviceId, syncDeviceInfoFileName, syncDevicesFolderName, syncFormatVersion } from '../../shared/syncNames';
import { readDeviceFolders, readFileUpTo, writeIntoSyncFolder, type DeviceFolderContents } from './syncFolder';
import type { SyncKeyRing } from './syncKeys';

/*
 * A device's `device.sjs`: what a computer in the sync folder says about itself (encrypted JSON).
 * Read leniently (fields a later version adds are ignored), written exactly, by its own computer.
 */

const deviceInfoSchema = z.object({
  deviceId: z.string().refine(isSyncDeviceId, 'must be a device id'),
  name: z.string().min(1).max(200),
  lastActivityAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().max(100),
  formatVersion: z.number().int().min(1),
  hasLeft: z.boolean(),
});

/** A `device.sjs` is a few hundred bytes. */
const maximumDeviceInfoFileBytes = 64 * 1024;

/** How many `device.sjs` files a new passphrase is tried on (each may need its own key derivation). */
const maximumPassphraseChecks = 16;

/** The bytes of a `device.sjs` before encryption: UTF-8 JSON, with the format version it follows. */
export function encodeDeviceInfo(info: SyncDeviceInfo): Uint8Array {
  const record: z.input<typeof deviceInfoSchema> = {
    deviceId: info.deviceId,
    name: info.name,
    lastActivityAt: info.lastActivityAt,
    appVersion: info.appVersion,
    formatVersion: syncFormatVersion,
    hasLeft: info.hasLeft,
  };
  return new TextEncoder().encode(JSON.stringify(record));
}

/** The device info in decrypted `bytes`, or null when they are not one. */
export function decodeDeviceInfo(bytes: Uint8Array): SyncDeviceInfo | null {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const result = deviceInfoSchema.safeParse(json);
  if (!result.success) return null;
  const { deviceId, name, lastActivityAt, appVersion, hasLeft } = result.data;
  return { deviceId, name, lastActivityAt, appVersion, hasLeft };
}

/** Writes `info` as the `device.sjs` of its own device folder in the sync folder `folder`, atomically. */
export async function writeDeviceInfo(folder: string, info: SyncDeviceInfo, keys: SyncKeyRing): Promise<void> {
  const file = await keys.encrypt(encodeDeviceInfo(info));
  await writeIntoSyncFolder(folder, [syncDevicesFolderName, info.deviceId, syncDeviceInfoFileName], file);
}

/** The newest complete `device.sjs` of a device folder (it, or one of its renamed copies); null when none. */
export async function readNewestDeviceInfo(
  folder: string,
  device: DeviceFolderContents,
  keys: SyncKeyRing,
): Promise<SyncDeviceInfo | null> {
  let newest: SyncDeviceInfo | null = null;
  for (const name of device.deviceInfoNames) {
    const bytes = await readFileUpTo(join(folder, syncDevicesFolderName, device.folderName, name), maximumDeviceInfoFileBytes);
    const plaintext = bytes === null ? null : await keys.decrypt(bytes);
    const info = plaintext === null ? null : decodeDeviceInfo(plaintext);
    if (info !== null && (newest === null || Date.parse(info.lastActivityAt) > Date.parse(newest.lastActivityAt))) {
      newest = info;
    }
  }
  return newest;
}

/**
 * Whether `keys` open at least one `device.sjs` already in `folder` (any computer's, this one's
 * too): `opens` when one does or there is none; `wrong` when complete ones are there but none
 * opens; `not-copied-yet` when none is there whole enough to tell.
 */
export async function checkPassphrase(folder: string, keys: SyncKeyRing): Promise<'opens' | 'wrong' | 'not-copied-yet'> {
  const paths = (await readDeviceFolders(folder)).flatMap((device) =>
    device.deviceInfoNames.map((name) => join(folder, syncDevicesFolderName, device.folderName, name)),
  );
  if (paths.length === 0) return 'opens';
  let hasReadAny = false;
  for (const path of paths.slice(0, maximumPassphraseChecks)) {
    const bytes = await readFileUpTo(path, maximumDeviceInfoFileBytes);
    if (bytes === null) continue;
    hasReadAny = true;
    if ((await keys.decrypt(bytes)) !== null) return 'opens';
  }
  return hasReadAny ? 'wrong' : 'not-copied-yet';
}
