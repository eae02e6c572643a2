import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { z } from 'zod';
import { isSyncDeviceId } from '../../shared/syncNames';
import { maximumSyncDeviceNameLength } from '../../shared/values';
import { writeFileAtomic } from '../atomicWrite';
import { errorCode, nodeBackupFileSystem, type BackupFileSystem } from '../backups/backupFolder';
import { createEncryptionSalt, isEncryptionSalt } from '../backups/fileKeyEncryption';
import { createSettingsStore, type SettingsStore } from '../settingsStore';

/*
 * This computer's sync settings, kept by the main process in one JSON file in the app's user-data
 * folder (`sync-settings.json`): its device id and salt, its name, the sync folder, and the
 * passphrase sealed by the operating system's key store (never as text). The salt is not secret:
 * every file this computer writes names it in its header.
 */

const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const syncSettingsSchema = z.object({
  version: z.literal(1),
  /** This computer's id in the sync folder; made the first time it is needed, and anew after leaving. */
  deviceId: z.string().refine(isSyncDeviceId, 'must be a device id').nullable(),
  /** The salt of every file this computer writes (base64 of 16 bytes), made with its id. */
  salt: z
    .string()
    .max(64)
    .regex(base64Pattern)
    .refine((salt) => isEncryptionSalt(Buffer.from(salt, 'base64')), 'must be a salt')
    .nullable(),
  /** The name the user gave this computer; null for its host name. */
  deviceName: z.string().min(1).max(maximumSyncDeviceNameLength).nullable(),
  folder: z.string().min(1).max(4096).nullable(),
  protectedPassphrase: z.string().max(16_384).regex(base64Pattern).nullable(),
});

/** The sync settings as stored. */
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

/** The settings of a computer that never synced: no id yet, no folder. */
export const defaultSyncSettings: SyncSettings = Object.freeze({
  version: 1,
  deviceId: null,
  salt: null,
  deviceName: null,
  folder: null,
  protectedPassphrase: null,
});

/** Settings that name a device id and its salt. */
export type SyncSettingsWithIdentity = SyncSettings & { deviceId: string; salt: string };

/** True when `settings` already name this computer's id and salt. */
export function hasIdentity(settings: SyncSettings): settings is SyncSettingsWithIdentity {
  return settings.deviceId !== null && settings.salt !== null;
}

/** `settings` with a new random device id and a new salt (the first time, and after leaving). */
export function withNewIdentity(settings: SyncSettings): SyncSettingsWithIdentity {
  return { ...settings, deviceId: randomUUID(), salt: Buffer.from(createEncryptionSalt()).toString('base64') };
}

/** A settings file is a few hundred bytes; anything far larger is not one. */
const maximumSettingsFileBytes = 64 * 1024;

/** The sync settings of one app run: read once, then kept in memory and on disk. */
export type SyncSettingsStore = SettingsStore<SyncSettings>;

interface SyncSettingsFileOptions {
  fileSystem?: BackupFileSystem;
  warn?: (message: string) => void;
}

/** A store for the settings file `file` (see `SettingsStore`). */
export function createSyncSettingsStore(file: string, options: SyncSettingsFileOptions = {}): SyncSettingsStore {
  return createSettingsStore({
    load: () => loadSyncSettings(file, options),
    save: (settings) => saveSyncSettings(file, settings, options.fileSystem),
  });
}

/**
 * Reads the settings from `file`. A missing file gives the defaults; an unreadable, corrupt or
 * unknown one also gives the defaults, with a warning passed to `warn`, so that a damaged file
 * never stops the app (this computer then joins again as a new device).
 */
export async function loadSyncSettings(file: string, options: SyncSettingsFileOptions = {}): Promise<SyncSettings> {
  const fileSystem = options.fileSystem ?? nodeBackupFileSystem;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const useDefaults = (problem: string): SyncSettings => {
    warn(`The sync settings file ${file} ${problem}; the default settings are used.`);
    return { ...defaultSyncSettings };
  };
  let text: string;
  try {
    const stats = await fileSystem.lstat(file);
    if (!stats.isFile() || stats.size > maximumSettingsFileBytes) {
      return useDefaults('is not a settings file');
    }
    text = new TextDecoder('utf-8', { fatal: true }).decode(await fileSystem.readFile(file));
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? { ...defaultSyncSettings } : useDefaults(`could not be read (${describe(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return useDefaults(`is not valid JSON (${describe(error)})`);
  }
  const result = syncSettingsSchema.safeParse(json);
  return result.success ? result.data : useDefaults(`is invalid (${z.prettifyError(result.error)})`);
}

/**
 * Writes `settings` to `file` all or nothing (see `writeFileAtomic`), creating its folder when
 * missing. Invalid settings are refused before anything is written.
 */
export async function saveSyncSettings(
  file: string,
  settings: SyncSettings,
  fileSystem: BackupFileSystem = nodeBackupFileSystem,
): Promise<void> {
  const result = syncSettingsSchema.safeParse(settings);
  if (!result.success) {
    throw new Error(`The sync settings are invalid (${z.prettifyError(result.error)}); nothing was saved.`);
  }
  await fileSystem.mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(result.data, null, 2)}\n`, fileSystem);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
