import { join } from 'node:path';
import type { BackupFileInfo, BackupReason, BackupSettingsChange, BackupSettingsView, WriteBackupResult } from '../../shared/contract';
import { createBackupCoordinator, runAutomaticBackup } from './automaticBackup';
import { decryptBackup, isEncryptedBackup, type BackupEncryptionOptions } from './backupCrypto';
import { errorCode, listBackups, readBackupFile } from './backupFolder';
import { nextBackupDue } from './backupSchedule';
import { revealPassphrase, withProtectedPassphrase, type BackupSettings } from './backupSettings';
import { createBackupSettingsStore } from './backupSettingsStore';

/*
 * The automatic backups as the app offers them: settings the renderer may see and change, backups
 * written one at a time into the chosen folder, and backups read back. The renderer makes the
 * backup text; this module decides where it goes and how it is protected. The handlers validate
 * every request before calling in here.
 */

/**
 * The desktop capabilities backups need, injected: Electron's `app` and `safeStorage` in the app,
 * fakes in tests and the end-to-end bridge.
 */
export interface BackupPorts {
  /** The app's user-data folder, where `backup-settings.json` lives. */
  userDataPath: string;
  /** Seals a secret with the operating system's key store (`safeStorage.encryptString`). */
  protectSecret: (text: string) => Uint8Array;
  /** Opens a secret sealed by `protectSecret` (`safeStorage.decryptString`). */
  revealSecret: (bytes: Uint8Array) => string;
  /** Whether the key store can seal secrets (`safeStorage.isEncryptionAvailable`). */
  isSecretStorageAvailable: () => boolean;
  now: () => Date;
  /** Only tests change this, to derive keys quickly. */
  backupEncryption?: BackupEncryptionOptions;
  /** Where problems that do not fail a request are reported; `console.warn` by default. */
  warn?: (message: string) => void;
}

/** The backups of one app run; every method rejects with a message fit for the user. */
export interface BackupService {
  /** The stored settings, passphrase included (sealed). */
  settings(): Promise<BackupSettings>;
  /** The settings as last read or saved, without waiting (see `BackupSettingsStore.known`). */
  knownSettings(): BackupSettings | undefined;
  view(): Promise<BackupSettingsView>;
  /** Sets the folder backups go to. */
  setFolder(folder: string): Promise<BackupSettingsView>;
  change(change: BackupSettingsChange): Promise<BackupSettingsView>;
  /** Writes one backup (after any still being written) and records when. */
  write(contents: string, reason: BackupReason): Promise<WriteBackupResult>;
  list(): Promise<BackupFileInfo[]>;
  /** One backup's text, decrypted with `passphrase` or else the stored one. */
  read(fileName: string, passphrase?: string): Promise<string>;
  /** The text of an encrypted backup file's bytes. */
  decrypt(bytes: Uint8Array, passphrase: string): Promise<string>;
  /**
   * Calls `listener` each time a `write` has finished, written or failed, with its reason (so
   * that a quit waiting for its backup can go on). Returns a function that stops listening.
   */
  onBackupSettled(listener: (reason: BackupReason) => void): () => void;
}

/** Name of the settings file in the user-data folder. */
const backupSettingsFileName = 'backup-settings.json';

const noFolderMessage = 'Choose a backup folder first.';
const noPassphraseMessage = 'Encryption needs a passphrase of at least 8 characters.';
const noSecretStorageMessage = 'This computer cannot store the passphrase safely, so encrypted automatic backups are not available.';
const encryptedMessage = 'This backup is encrypted: enter its passphrase.';

/** The backups of the app whose capabilities are `ports` (see `BackupService`). */
export function createBackupService(ports: BackupPorts): BackupService {
  const warn = ports.warn ?? ((message: string) => console.warn(message));
  const store = createBackupSettingsStore(join(ports.userDataPath, backupSettingsFileName), { warn });
  // One coordinator for every write, so a scheduled backup and the one at quit never overlap.
  const coordinator = createBackupCoordinator();
  const settledListeners = new Set<(reason: BackupReason) => void>();

  const toView = (settings: BackupSettings) => backupSettingsView(settings, ports.now());

  async function write(contents: string): Promise<WriteBackupResult> {
    const settings = await store.read();
    if (settings.folder === null) {
      throw new Error(noFolderMessage);
    }
    return coordinator.run(async () => {
      // Read again: the settings may have changed while an earlier backup was being written.
      const current = await store.read();
      if (current.folder === null) {
        throw new Error(noFolderMessage);
      }
      const now = ports.now();
      const result = await runAutomaticBackup({
        settings: current,
        contents,
        now,
        passphrase: current.encrypt ? revealPassphrase(current, ports.revealSecret) : null,
        encryption: ports.backupEncryption,
      });
      if (result.rotationError !== null) {
        warn(`The backup ${result.fileName} was written, but old backups could not be removed: ${result.rotationError}`);
      }
      await store.update((latest) => ({ ...latest, lastBackupAt: now.toISOString() }));
      return { fileName: result.fileName, bytes: result.bytes, removed: result.removed };
    });
  }

  return {
    settings: () => store.read(),
    knownSettings: () => store.known(),
    view: async () => toView(await store.read()),
    setFolder: async (folder) => toView(await store.update((settings) => ({ ...settings, folder }))),
    change: async (change) => toView(await store.update((settings) => changedSettings(settings, change, ports))),

    async write(contents, reason) {
      try {
        return await write(contents);
      } finally {
        for (const listener of settledListeners) {
          listener(reason);
        }
      }
    },

    async list() {
      const { folder } = await store.read();
      return folder === null ? [] : listBackups(folder);
    },

    async read(fileName, passphrase) {
      const settings = await store.read();
      if (settings.folder === null) {
        throw new Error(noFolderMessage);
      }
      const bytes = await readBackupFile(settings.folder, fileName).catch((error: unknown) => {
        throw errorCode(error) === 'ENOENT' ? new Error(`“${fileName}” is not in the backup folder (any more).`, { cause: error }) : error;
      });
      // Either the content or the name marks an encrypted backup (as in `readBackupText`).
      if (!isEncryptedBackup(bytes) && !fileName.endsWith('.enc')) {
        return decodeBackupText(bytes);
      }
      // The stored passphrase is unsealed only when it is needed.
      const key = passphrase ?? revealPassphrase(settings, ports.revealSecret);
      if (key === null || key === '') {
        throw new Error(encryptedMessage);
      }
      return decodeBackupText(await decryptBackup(bytes, key));
    },

    decrypt: async (bytes, passphrase) => decodeBackupText(await decryptBackup(bytes, passphrase)),

    onBackupSettled(listener) {
      // Wrapped, so the same function may listen twice and each subscription ends on its own.
      const subscription = (reason: BackupReason) => listener(reason);
      settledListeners.add(subscription);
      return () => {
        settledListeners.delete(subscription);
      };
    },
  };
}

/** What the renderer may know of `settings` at `now`: never the passphrase itself. */
function backupSettingsView(settings: BackupSettings, now: Date): BackupSettingsView {
  const lastBackupAt = settings.lastBackupAt === null ? null : new Date(settings.lastBackupAt);
  const nextBackupAt = settings.folder === null ? null : nextBackupDue(lastBackupAt, now, settings.cadence);
  return {
    folder: settings.folder,
    cadence: settings.cadence,
    keep: settings.keep,
    encrypt: settings.encrypt,
    hasPassphrase: settings.protectedPassphrase !== null,
    lastBackupAt: settings.lastBackupAt,
    nextBackupAt: nextBackupAt?.toISOString() ?? null,
  };
}

/**
 * `settings` with `change` applied. A new passphrase is only ever kept sealed by the key store;
 * turning encryption on needs the key store and a passphrase (given now or stored before) that it
 * can still open. Throws, changing nothing, when a rule is broken.
 */
function changedSettings(
  settings: BackupSettings,
  change: BackupSettingsChange,
  ports: Pick<BackupPorts, 'protectSecret' | 'revealSecret' | 'isSecretStorageAvailable'>,
): BackupSettings {
  let next: BackupSettings = {
    ...settings,
    cadence: change.cadence ?? settings.cadence,
    keep: change.keep ?? settings.keep,
    encrypt: change.encrypt ?? settings.encrypt,
  };
  if ((change.passphrase !== undefined || change.encrypt === true) && !ports.isSecretStorageAvailable()) {
    throw new Error(noSecretStorageMessage);
  }
  if (change.passphrase !== undefined) {
    next = withProtectedPassphrase(next, change.passphrase, ports.protectSecret);
  } else if (change.encrypt === true) {
    // Proves now, not at the next backup, that the stored passphrase still opens.
    if (revealPassphrase(next, ports.revealSecret) === null) {
      throw new Error(noPassphraseMessage);
    }
  }
  return next;
}

function decodeBackupText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('This backup is not UTF-8 text, so it cannot be restored.');
  }
}
