import { join } from 'node:path';
import type { BackupFileInfo, BackupReason, BackupSettingsChange, BackupSettingsView, WriteBackupResult } from '../../shared/contract';
import { createBackupCoordinator, runAutomaticBackup } from './automaticBackup';
import { createBackupEncryptor, type BackupEncryptionOptions } from './backupCrypto';
import { backupFilePath, errorCode, freeBackupFileName, listBackups, rotateBackups } from './backupFolder';
import { openStreamedRead, openStreamedWrite, type StreamedRead, type StreamedWrite } from '../fileStreams';
import { maximumBackupArchiveBytes } from '../../shared/values';
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
  /**
   * Starts writing a backup archive (a `.zip` with the attached files) in pieces into the folder,
   * encrypted when the settings say so. It holds the folder until it is finished or aborted, so
   * no other backup writes meanwhile; finishing rotates old backups and records when, as `write`.
   */
  beginStreamedWrite(reason: BackupReason): Promise<StreamedBackupWrite>;
  /** Opens one backup in the folder to be read in pieces; `unlockStored` unlocks it with the stored passphrase. */
  openStreamedRead(fileName: string): Promise<StreamedRead>;
  /**
   * Calls `listener` each time a `write` has finished, written or failed, with its reason (so
   * that a quit waiting for its backup can go on). Returns a function that stops listening.
   */
  onBackupSettled(listener: (reason: BackupReason) => void): () => void;
}

/** A backup archive being written into the folder (see `BackupService.beginStreamedWrite`). */
export interface StreamedBackupWrite extends StreamedWrite {
  finish(): Promise<WriteBackupResult & { filePath: string }>;
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

  const settled = (reason: BackupReason) => {
    for (const listener of settledListeners) {
      listener(reason);
    }
  };

  async function beginStreamedWrite(reason: BackupReason): Promise<StreamedBackupWrite> {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The write takes the coordinator's turn when it opens, and gives it back when it ends.
    const opening = new Promise<{ stream: StreamedWrite; fileName: string; folder: string; keep: number; now: Date }>((resolve, reject) => {
      void coordinator.run(async () => {
        try {
          const current = await store.read();
          if (current.folder === null) throw new Error(noFolderMessage);
          const passphrase = current.encrypt ? revealPassphrase(current, ports.revealSecret) : null;
          if (current.encrypt && (passphrase === null || passphrase === '')) {
            throw new Error('Automatic backups are set to be encrypted, but no passphrase is saved; no backup was written.');
          }
          const encryptor = passphrase === null ? undefined : await createBackupEncryptor(passphrase, ports.backupEncryption);
          const now = ports.now();
          const fileName = await freeBackupFileName(current.folder, now, { encrypted: current.encrypt, archive: true });
          const stream = await openStreamedWrite(join(current.folder, fileName), encryptor);
          resolve({ stream, fileName, folder: current.folder, keep: current.keep, now });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        await released;
      });
    });
    let opened;
    try {
      opened = await opening;
    } catch (error) {
      settled(reason);
      throw error;
    }
    const { stream, fileName, folder, keep, now } = opened;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      release();
      settled(reason);
    };
    return {
      filePath: stream.filePath,
      write: (bytes) => stream.write(bytes),
      async finish() {
        try {
          const written = await stream.finish();
          let removed: string[] = [];
          try {
            removed = await rotateBackups(folder, keep);
          } catch (error) {
            warn(
              `The backup ${fileName} was written, but old backups could not be removed: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
          await store.update((latest) => ({ ...latest, lastBackupAt: now.toISOString() }));
          return { fileName, filePath: written.filePath, bytes: written.bytes, removed };
        } finally {
          end();
        }
      },
      async abort() {
        await stream.abort();
        end();
      },
    };
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
        settled(reason);
      }
    },

    async list() {
      const { folder } = await store.read();
      return folder === null ? [] : listBackups(folder);
    },

    beginStreamedWrite,

    async openStreamedRead(fileName) {
      const settings = await store.read();
      if (settings.folder === null) {
        throw new Error(noFolderMessage);
      }
      const stream = await openStreamedRead(backupFilePath(settings.folder, fileName), maximumBackupArchiveBytes).catch(
        (error: unknown) => {
          throw errorCode(error) === 'ENOENT'
            ? new Error(`“${fileName}” is not in the backup folder (any more).`, { cause: error })
            : error;
        },
      );
      return {
        ...stream,
        async unlockStored() {
          // The stored passphrase is unsealed only when it is needed.
          const key = revealPassphrase(settings, ports.revealSecret);
          if (key === null || key === '') {
            throw new Error(encryptedMessage);
          }
          await stream.unlock(key);
        },
      };
    },

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
