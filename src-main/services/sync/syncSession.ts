import { hostname } from 'node:os';
import { join } from 'node:path';
import type { SyncSettingsView } from '../../shared/desktopResults';
import { syncDevicesFolderName } from '../../shared/syncNames';
import { maximumSyncDeviceNameLength } from '../../shared/values';
import { defaultScryptParameters } from '../backups/encryptedFileLayout';
import type { SyncPorts } from './syncService';
import { createSyncKeyRing, type SyncKeyRing } from './syncKeys';
import { createSyncSettingsStore, hasIdentity, withNewIdentity, type SyncSettings, type SyncSettingsWithIdentity } from './syncSettings';

/*
 * Who this computer is in the sync folder, for one app run: its settings (id, salt, name, folder,
 * sealed passphrase), the passphrase once known, and the keys derived from it.
 */

/** This computer once it has joined: its settings, the folder, and its keys. */
export interface JoinedSync {
  settings: SyncSettingsWithIdentity;
  folder: string;
  keys: SyncKeyRing;
}

/** See the top of this file. */
export interface SyncSession {
  /** The settings, with this computer's id and salt made (and saved) the first time. */
  identity(): Promise<SyncSettingsWithIdentity>;
  /** Applies `change` to the settings and saves them (see `SettingsStore.update`). */
  update(change: (settings: SyncSettings) => SyncSettings): Promise<SyncSettingsWithIdentity>;
  view(settings: SyncSettingsWithIdentity): SyncSettingsView;
  /** The name this computer goes by in the folder. */
  deviceName(settings: SyncSettings): string;
  /** Whether a passphrase is known in this run or sealed in the settings. */
  hasPassphrase(settings: SyncSettings): boolean;
  /** The folder and keys; throws a message fit for the user when no folder or passphrase is set. */
  joined(): Promise<JoinedSync>;
  /** This computer's device folder in the sync folder. */
  ownFolder(state: JoinedSync): string;
  /** A new key ring for `passphrase` (to check it before anything is kept). */
  keysFor(passphrase: string, settings: SyncSettingsWithIdentity): SyncKeyRing;
  /** Keeps `passphrase` and its `keys` for the rest of the run. */
  remember(passphrase: string, settings: SyncSettingsWithIdentity, keys: SyncKeyRing): void;
  /** Forgets the passphrase and keys of this run. */
  forget(): void;
}

const settingsFileName = 'sync-settings.json';
const noFolderMessage = 'Choose the sync folder first.';
const noPassphraseMessage = 'Enter the sync passphrase first: it is needed to read and write the sync folder.';

/** The session of the app whose capabilities are `ports`. */
export function createSyncSession(ports: SyncPorts, warn: (message: string) => void): SyncSession {
  const store = createSyncSettingsStore(join(ports.userDataPath, settingsFileName), { warn });
  const scryptParameters = ports.syncEncryption?.scrypt ?? defaultScryptParameters;
  const hostName = ports.hostName ?? hostname;
  /** The passphrase known in this run: unsealed from the keychain, or given while there is none. */
  let passphrase: string | null = null;
  let keyRing: { passphrase: string; salt: string; keys: SyncKeyRing } | null = null;

  async function withIdentity(settings: SyncSettings): Promise<SyncSettingsWithIdentity> {
    if (hasIdentity(settings)) return settings;
    const updated = await store.update((current) => (hasIdentity(current) ? current : withNewIdentity(current)));
    if (!hasIdentity(updated)) throw new Error('This computer’s sync id could not be made.');
    return updated;
  }

  function deviceName(settings: SyncSettings): string {
    return settings.deviceName ?? defaultDeviceName(hostName());
  }

  function keysFor(given: string, settings: SyncSettingsWithIdentity): SyncKeyRing {
    return createSyncKeyRing(given, Buffer.from(settings.salt, 'base64'), scryptParameters);
  }

  /** The passphrase of this run, unsealed from the keychain the first time; null when none is known. */
  function knownPassphrase(settings: SyncSettings): string | null {
    if (passphrase === null && settings.protectedPassphrase !== null) {
      try {
        passphrase = ports.revealSecret(Buffer.from(settings.protectedPassphrase, 'base64'));
      } catch (error) {
        throw new Error('The saved sync passphrase cannot be unlocked on this computer or account; enter it again.', { cause: error });
      }
    }
    return passphrase;
  }

  const session: SyncSession = {
    identity: async () => withIdentity(await store.read()),
    update: async (change) => withIdentity(await store.update(change)),
    deviceName,
    hasPassphrase: (settings) => passphrase !== null || settings.protectedPassphrase !== null,

    view: (settings) => ({
      folder: settings.folder,
      deviceId: settings.deviceId,
      deviceName: deviceName(settings),
      hasPassphrase: session.hasPassphrase(settings),
      isPassphraseStored: settings.protectedPassphrase !== null,
      isSecretStorageAvailable: ports.isSecretStorageAvailable(),
    }),

    async joined() {
      const settings = await session.identity();
      if (settings.folder === null) throw new Error(noFolderMessage);
      const given = knownPassphrase(settings);
      if (given === null) throw new Error(noPassphraseMessage);
      if (keyRing?.passphrase !== given || keyRing.salt !== settings.salt) {
        keyRing = { passphrase: given, salt: settings.salt, keys: keysFor(given, settings) };
      }
      return { settings, folder: settings.folder, keys: keyRing.keys };
    },

    ownFolder: ({ folder, settings }) => join(folder, syncDevicesFolderName, settings.deviceId),
    keysFor,

    remember(given, settings, keys) {
      passphrase = given;
      keyRing = { passphrase: given, salt: settings.salt, keys };
    },

    forget() {
      passphrase = null;
      keyRing = null;
    },
  };
  return session;
}

/** This computer's name before the user gives one: its host name, shortened and printable. */
function defaultDeviceName(hostName: string): string {
  const printable = hostName
    .replace(/\p{Cc}/gu, '')
    .replace(/\.local$/i, '')
    .trim();
  const name = [...printable].slice(0, maximumSyncDeviceNameLength).join('').trim();
  return name === '' ? 'This computer' : name;
}
