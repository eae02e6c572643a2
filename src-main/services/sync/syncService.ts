import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { SyncDeviceInfo, SyncFolderListing, SyncReadResult, SyncSettingsView } from '../../shared/desktopResults';
import {
  parseSyncBatchName,
  parseSyncContentName,
  parseSyncDeviceFolderName,
  syncBatchFileName,
  syncContentFileName,
  syncDeviceSubfolders,
  syncDevicesFolderName,
} from '../../shared/syncNames';
import { maximumAttachmentBytes, maximumSyncBatchBytes, maximumSyncDeviceNameLength } from '../../shared/values';
import { validateBackupPassphrase, type BackupEncryptionOptions } from '../backups/backupCrypto';
import { encryptedFileOverheadBytes } from '../backups/fileKeyEncryption';
import { checkPassphrase, readNewestDeviceInfo, writeDeviceInfo } from './syncDeviceInfo';
import {
  checkSyncFolder,
  exists,
  highestBatchSequence,
  readDeviceFolders,
  readFileUpTo,
  removeStaleTemporaryFiles,
  writeIntoSyncFolder,
  writeMarkerIfAbsent,
} from './syncFolder';
import { createSyncSession, type JoinedSync } from './syncSession';
import { withNewIdentity } from './syncSettings';

/**
 * Sync between computers through a folder that a file-sync service (Dropbox, Syncthing, iCloud
 * Drive, OneDrive) already keeps the same on each of them. Each computer appends immutable,
 * encrypted files under its own device folder only, and reads everyone else's, so the sync
 * service never sees two computers write one file. The page computes and applies the changes; this
 * service owns the folder: it checks it, encrypts and decrypts, writes atomically and lists.
 *
 * ## Folder format, version 1
 *
 * ```
 * <folder>/scope-journal-sync.json                          plaintext marker
 * <folder>/devices/<deviceId>/device.sjs                    the device's description (encrypted JSON)
 * <folder>/devices/<deviceId>/batches/<10-digit seq>.sjs    one batch of changes (encrypted UTF-8 text)
 * <folder>/devices/<deviceId>/files/<sha256 hex>.sjs        one attachment's bytes (encrypted)
 * <folder>/devices/<deviceId>/thumbnails/<sha256 hex>.sjs   that attachment's thumbnail (encrypted)
 * ```
 *
 * - The marker is exactly `{"format":"scope-journal-sync","version":1}` and a newline, written
 *   only when absent: every computer writes the same bytes, so a sync service's conflict copy of it
 *   is harmless. A folder may be chosen when it is empty (names file managers and sync services
 *   put everywhere, like `.DS_Store` or Syncthing's `.stfolder`, do not count) or holds a marker of
 *   version 1 or lower. A higher version, or a non-empty folder without a marker, is refused and
 *   nothing is written to it. The version is checked again at every listing and write, since
 *   another computer may have upgraded.
 * - `deviceId` is a random UUID (lower case) made once per computer and kept in
 *   `sync-settings.json` in the user-data folder; leaving the folder makes a new one.
 * - `device.sjs` holds `{"deviceId","name","lastActivityAt"(ISO 8601),"appVersion",
 *   "formatVersion":1,"hasLeft":boolean}`. Only its own computer rewrites it (atomically): when it
 *   joins, writes a batch, is renamed, and leaves (`hasLeft: true`).
 * - A batch is the page's text, opaque here; at most 32 MB. Its sequence number is one more than
 *   the highest found in the device's own `batches/` (scanned at the first write of a run, then
 *   counted in memory), written as ten digits. Batches, attachments and thumbnails are immutable
 *   once written; an attachment this computer already wrote is not written again.
 * - Every write goes to a temporary file in the same folder, named `.tmp-<uuid>`, then is renamed
 *   into place. Readers skip `.tmp-*` and every name the format does not know.
 * - Renamed copies a sync service makes of a batch, attachment, thumbnail, `device.sjs` or a
 *   whole device folder (`0000000012 2.sjs`, `<uuid> (Ana's conflicted copy 2026-12-07)`, …: the
 *   forms are listed in src-main/shared/syncNames.ts) are listed beside the canonical names, each
 *   by its exact name, and read like them. An iCloud placeholder (`.<name>.icloud`) is listed as
 *   the file it stands for, which reads as incomplete until it is downloaded.
 * - Every `.sjs` file is in the layout of encrypted backups (`SJBK1`, AES-256-GCM with the key
 *   from scrypt; see services/backups/encryptedFileLayout.ts). Each computer takes one random
 *   salt when it gets its id and derives its key once; every file gets a fresh random IV. A reader
 *   derives one key per salt it meets and keeps it in memory for the run. A file that does not
 *   authenticate (cut short while a sync service copies it, damaged, or under another passphrase)
 *   reads as `incomplete`: never thrown, never in part.
 * - The passphrase is the same on every computer. Joining with one that does not open the
 *   `device.sjs` files already in the folder is refused. It is kept sealed by the system keychain,
 *   or, where there is none, in memory for the run only.
 */
export interface SyncService {
  view(): Promise<SyncSettingsView>;
  /** Checks `folder` and makes it the sync folder (forgetting the passphrase when it is another one). Writes nothing into it. */
  setFolder(folder: string): Promise<SyncSettingsView>;
  /** Joins the folder with `passphrase` (see `setSyncPassphrase` in the contract). */
  setPassphrase(passphrase: string): Promise<SyncSettingsView>;
  renameDevice(name: string): Promise<SyncSettingsView>;
  list(): Promise<SyncFolderListing>;
  readBatch(deviceFolder: string, name: string): Promise<SyncReadResult<string>>;
  writeBatch(text: string): Promise<{ name: string }>;
  readFile(deviceFolder: string, name: string, part: SyncFilePart): Promise<SyncReadResult<Uint8Array>>;
  writeFile(hash: string, part: SyncFilePart, bytes: Uint8Array): Promise<void>;
  /** "Remove this computer": marks it as left in the folder, then forgets the folder, the passphrase and its id. */
  leave(): Promise<SyncSettingsView>;
}

/** What an attachment's file in the sync folder holds. */
export type SyncFilePart = keyof Pick<typeof syncDeviceSubfolders, 'file' | 'thumbnail'>;

/** The desktop capabilities sync needs, injected: Electron's `app` and `safeStorage` in the app, fakes in tests. */
export interface SyncPorts {
  /** The app's user-data folder, where `sync-settings.json` lives. */
  userDataPath: string;
  protectSecret: (text: string) => Uint8Array;
  revealSecret: (bytes: Uint8Array) => string;
  isSecretStorageAvailable: () => boolean;
  /** The clock of `lastActivityAt`. */
  now: () => Date;
  /** The app's version, written into `device.sjs`. */
  appInfo: () => { version: string };
  /** The computer's name (`os.hostname`), this computer's name until the user renames it. */
  hostName?: () => string;
  /** Only tests change this, to derive keys quickly. */
  syncEncryption?: BackupEncryptionOptions;
  /** Where problems that do not fail a request are reported; `console.warn` by default. */
  warn?: (message: string) => void;
}

const wrongPassphraseMessage = 'The passphrase is wrong: it does not open the files your other computers wrote. Nothing was changed.';
const notCopiedYetMessage =
  'The files your other computers wrote are not complete in this folder yet (your sync service is still copying them). Try again in a moment; nothing was changed.';
const incomplete = { status: 'incomplete' } as const;

/** The sync of the app whose capabilities are `ports` (see `SyncService`). */
export function createSyncService(ports: SyncPorts): SyncService {
  const warn = ports.warn ?? ((message: string) => console.warn(message));
  const session = createSyncSession(ports, warn);
  /** The next batch number of this computer in this folder, once scanned. */
  let nextSequence: { folder: string; deviceId: string; value: number } | null = null;
  /** This computer's device folders cleared of stale temporary files in this run. */
  const cleanedFolders = new Set<string>();
  // Changes to the settings and writes into the folder happen one at a time.
  let queue: Promise<unknown> = Promise.resolve();

  function exclusive<Result>(task: () => Promise<Result>): Promise<Result> {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  }

  function forget(): void {
    session.forget();
    nextSequence = null;
  }

  function deviceInfo(state: JoinedSync, hasLeft: boolean): SyncDeviceInfo {
    return {
      deviceId: state.settings.deviceId,
      name: session.deviceName(state.settings),
      lastActivityAt: ports.now().toISOString(),
      appVersion: ports.appInfo().version,
      hasLeft,
    };
  }

  /**
   * Checks the folder's format (another computer may have upgraded it), then writes the marker if
   * it is gone. The first time in a run, clears what interrupted writes left in this computer's folder.
   */
  async function prepareWrite(state: JoinedSync): Promise<void> {
    await checkSyncFolder(state.folder, { acceptsDevicesWithoutMarker: true });
    await writeMarkerIfAbsent(state.folder);
    const ownFolder = session.ownFolder(state);
    if (!cleanedFolders.has(ownFolder)) {
      cleanedFolders.add(ownFolder);
      const subfolders = Object.values(syncDeviceSubfolders).map((subfolder) => join(ownFolder, subfolder));
      await Promise.all([ownFolder, ...subfolders].map((folder) => removeStaleTemporaryFiles(folder, ports.now())));
    }
  }

  /** Rewrites this computer's `device.sjs` if it has joined; a failure is only reported (`what` says after what). */
  async function refreshDeviceInfo(what: string, hasLeft: boolean): Promise<void> {
    const settings = await session.identity();
    if (settings.folder === null || !session.hasPassphrase(settings)) return;
    try {
      const state = await session.joined();
      await prepareWrite(state);
      await writeDeviceInfo(state.folder, deviceInfo(state, hasLeft), state.keys);
    } catch (error) {
      warn(`${what}, but this computer's device.sjs in the sync folder could not be rewritten: ${describe(error)}`);
    }
  }

  async function nextBatchSequence(state: JoinedSync, batchesFolder: string): Promise<number> {
    if (nextSequence?.folder === state.folder && nextSequence.deviceId === state.settings.deviceId) {
      return nextSequence.value;
    }
    return (await highestBatchSequence(batchesFolder)) + 1;
  }

  /** Reads and decrypts a file of a device folder; `null` while it is not complete. */
  async function readEncrypted(path: string[], maximumPlaintextBytes: number): Promise<Uint8Array | null> {
    const state = await session.joined();
    const bytes = await readFileUpTo(
      join(state.folder, syncDevicesFolderName, ...path),
      maximumPlaintextBytes + encryptedFileOverheadBytes,
    );
    return bytes === null ? null : state.keys.decrypt(bytes);
  }

  return {
    view: async () => session.view(await session.identity()),

    setFolder: (chosen) =>
      exclusive(async () => {
        const folder = resolve(chosen);
        await checkSyncFolder(folder, { acceptsDevicesWithoutMarker: false });
        const settings = await session.identity();
        if (settings.folder === folder) return session.view(settings);
        // Another folder may have another passphrase: it is asked for again.
        forget();
        return session.view(await session.update((current) => ({ ...current, folder, protectedPassphrase: null })));
      }),

    setPassphrase: (passphrase) =>
      exclusive(async () => {
        validateBackupPassphrase(passphrase);
        const settings = await session.identity();
        if (settings.folder === null) throw new Error('Choose the sync folder first.');
        // Device folders whose marker has not arrived yet are accepted: the folder was checked
        // when chosen, and the marker is written below.
        await checkSyncFolder(settings.folder, { acceptsDevicesWithoutMarker: true });
        const keys = session.keysFor(passphrase, settings);
        const check = await checkPassphrase(settings.folder, keys);
        if (check !== 'opens') throw new Error(check === 'wrong' ? wrongPassphraseMessage : notCopiedYetMessage);
        const state: JoinedSync = { settings, folder: settings.folder, keys };
        await writeMarkerIfAbsent(state.folder);
        await writeDeviceInfo(state.folder, deviceInfo(state, false), keys);
        // Without a keychain, the passphrase is kept for this run only (asked again at the next start).
        const sealed = ports.isSecretStorageAvailable() ? Buffer.from(ports.protectSecret(passphrase)).toString('base64') : null;
        const updated = await session.update((current) => ({ ...current, protectedPassphrase: sealed }));
        session.remember(passphrase, updated, keys);
        return session.view(updated);
      }),

    renameDevice: (name) =>
      exclusive(async () => {
        const trimmed = name.trim();
        const length = [...trimmed].length;
        if (length < 1 || length > maximumSyncDeviceNameLength || /\p{Cc}/u.test(trimmed)) {
          throw new Error(`A computer’s name is 1 to ${maximumSyncDeviceNameLength} printable characters long.`);
        }
        const settings = await session.update((current) => ({ ...current, deviceName: trimmed }));
        // The name is saved either way; the next batch written refreshes device.sjs too.
        await refreshDeviceInfo('This computer was renamed', false);
        return session.view(settings);
      }),

    async list() {
      const state = await session.joined();
      await checkSyncFolder(state.folder, { acceptsDevicesWithoutMarker: true });
      const devices = await readDeviceFolders(state.folder);
      return {
        folder: state.folder,
        devices: await Promise.all(
          devices.map(async (device) => ({
            deviceId: device.folderName,
            isThisComputer: device.folderName === state.settings.deviceId,
            info: await readNewestDeviceInfo(state.folder, device, state.keys),
            batches: device.batches,
            files: device.files,
            thumbnails: device.thumbnails,
          })),
        ),
      };
    },

    async readBatch(deviceFolder, name) {
      assertDeviceFolder(deviceFolder);
      if (parseSyncBatchName(name) === null) throw new Error(`“${name}” is not a batch of the sync folder.`);
      const plaintext = await readEncrypted([deviceFolder, syncDeviceSubfolders.batches, name], maximumSyncBatchBytes);
      if (plaintext === null) return incomplete;
      try {
        return { status: 'complete', value: new TextDecoder('utf-8', { fatal: true }).decode(plaintext) };
      } catch {
        return incomplete;
      }
    },

    writeBatch: (text) =>
      exclusive(async () => {
        const state = await session.joined();
        await prepareWrite(state);
        const batchesFolder = join(session.ownFolder(state), syncDeviceSubfolders.batches);
        let sequence = await nextBatchSequence(state, batchesFolder);
        const file = await state.keys.encrypt(new TextEncoder().encode(text));
        // Batches are immutable: a number already taken (by a computer sharing this id) is skipped.
        while (await exists(join(batchesFolder, syncBatchFileName(sequence)))) sequence += 1;
        const name = syncBatchFileName(sequence);
        await writeIntoSyncFolder(state.folder, [syncDevicesFolderName, state.settings.deviceId, syncDeviceSubfolders.batches, name], file);
        nextSequence = { folder: state.folder, deviceId: state.settings.deviceId, value: sequence + 1 };
        try {
          await writeDeviceInfo(state.folder, deviceInfo(state, false), state.keys);
        } catch (error) {
          warn(`The batch ${name} was written, but device.sjs could not be refreshed: ${describe(error)}`);
        }
        return { name };
      }),

    async readFile(deviceFolder, name, part) {
      assertDeviceFolder(deviceFolder);
      if (parseSyncContentName(name) === null) throw new Error(`“${name}” is not an attachment of the sync folder.`);
      const plaintext = await readEncrypted([deviceFolder, syncDeviceSubfolders[part], name], maximumAttachmentBytes);
      // A copy that owns its memory exactly, so sending it to the page sends nothing else.
      return plaintext === null ? incomplete : { status: 'complete', value: new Uint8Array(plaintext) };
    },

    writeFile: (hash, part, bytes) =>
      exclusive(async () => {
        const fileName = syncContentFileName(hash);
        if (part === 'file' && createHash('sha256').update(bytes).digest('hex') !== hash) {
          throw new Error('The attachment’s bytes do not match its SHA-256; nothing was written to the sync folder.');
        }
        const state = await session.joined();
        await prepareWrite(state);
        const path = [syncDevicesFolderName, state.settings.deviceId, syncDeviceSubfolders[part], fileName];
        if (await exists(join(state.folder, ...path))) return;
        await writeIntoSyncFolder(state.folder, path, await state.keys.encrypt(bytes));
      }),

    leave: () =>
      exclusive(async () => {
        // Leaving never fails for want of the folder (a drive gone, the sync service removed).
        await refreshDeviceInfo('This computer left sync', true);
        forget();
        return session.view(await session.update((current) => withNewIdentity({ ...current, folder: null, protectedPassphrase: null })));
      }),
  };
}

/** Throws unless `name` is a device folder's name as listings give it (never a path). */
function assertDeviceFolder(name: string): void {
  if (parseSyncDeviceFolderName(name) === null) throw new Error(`“${name}” is not a device folder of the sync folder.`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
