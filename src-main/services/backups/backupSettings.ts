import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../atomicWrite';
import { validateBackupPassphrase } from './backupCrypto';
import { backupCadences, maximumKeptBackups } from '../../shared/values';
import { errorCode, nodeBackupFileSystem, type BackupFileSystem } from './backupFolder';

/*
 * The automatic-backup settings, kept by the main process in one JSON file in the app's user-data
 * folder. The passphrase of encrypted backups is never stored as text: it is sealed by the
 * operating system's key store (Electron's safeStorage, injected as `protect`/`reveal`) and kept
 * as the base64 of the sealed bytes.
 */

const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const backupSettingsSchema = z.object({
  version: z.literal(1),
  /** The folder backups go to; `null` until the user chooses one, and no backups run until then. */
  folder: z.string().min(1).max(4096).nullable(),
  cadence: z.enum(backupCadences),
  keep: z.number().int().min(1).max(maximumKeptBackups),
  encrypt: z.boolean(),
  protectedPassphrase: z.string().max(16_384).regex(base64Pattern).nullable(),
  /** When the last automatic backup was written (ISO 8601). */
  lastBackupAt: z.iso.datetime({ offset: true }).nullable(),
});

/** The automatic-backup settings as stored. */
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

/** Settings before the user has chosen anything: no folder (so no backups), daily, ten kept. */
export const defaultBackupSettings: BackupSettings = Object.freeze({
  version: 1,
  folder: null,
  cadence: 'daily',
  keep: 10,
  encrypt: false,
  protectedPassphrase: null,
  lastBackupAt: null,
});

/** A settings file is a few hundred bytes; anything far larger is not one. */
const maximumSettingsFileBytes = 64 * 1024;

/**
 * Reads the settings from `file`. A missing file gives the defaults; an unreadable, corrupt or
 * unknown one also gives the defaults, with a warning passed to `warn`, so that a damaged file
 * never stops the app (the next save replaces it).
 */
export async function loadBackupSettings(
  file: string,
  options: { fileSystem?: BackupFileSystem; warn?: (message: string) => void } = {},
): Promise<BackupSettings> {
  const fileSystem = options.fileSystem ?? nodeBackupFileSystem;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  let text: string;
  try {
    const stats = await fileSystem.lstat(file);
    if (!stats.isFile() || stats.size > maximumSettingsFileBytes) {
      warn(`The backup settings file ${file} is not a settings file; the default settings are used.`);
      return { ...defaultBackupSettings };
    }
    text = new TextDecoder('utf-8', { fatal: true }).decode(await fileSystem.readFile(file));
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      warn(`The backup settings file ${file} could not be read (${describe(error)}); the default settings are used.`);
    }
    return { ...defaultBackupSettings };
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    warn(`The backup settings file ${file} is not valid JSON (${describe(error)}); the default settings are used.`);
    return { ...defaultBackupSettings };
  }
  const result = backupSettingsSchema.safeParse(json);
  if (!result.success) {
    warn(`The backup settings file ${file} is invalid (${z.prettifyError(result.error)}); the default settings are used.`);
    return { ...defaultBackupSettings };
  }
  return result.data;
}

/**
 * Writes `settings` to `file` all or nothing (see `writeFileAtomic`), creating its folder when
 * missing. Invalid settings are refused before anything is written.
 */
export async function saveBackupSettings(
  file: string,
  settings: BackupSettings,
  fileSystem: BackupFileSystem = nodeBackupFileSystem,
): Promise<void> {
  const result = backupSettingsSchema.safeParse(settings);
  if (!result.success) {
    throw new Error(`The backup settings are invalid (${z.prettifyError(result.error)}); nothing was saved.`);
  }
  await fileSystem.mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(result.data, null, 2)}\n`, fileSystem);
}

/**
 * Settings with `passphrase` sealed by `protect` (Electron's `safeStorage.encryptString`). The
 * passphrase is checked first (at least eight characters).
 */
export function withProtectedPassphrase(
  settings: BackupSettings,
  passphrase: string,
  protect: (text: string) => Uint8Array,
): BackupSettings {
  validateBackupPassphrase(passphrase);
  return { ...settings, protectedPassphrase: Buffer.from(protect(passphrase)).toString('base64') };
}

/**
 * The passphrase sealed in `settings`, opened with `reveal` (Electron's
 * `safeStorage.decryptString`), or `null` when none is stored. Throws a clear message when
 * the key store can no longer open it (another user account or machine).
 */
export function revealPassphrase(settings: BackupSettings, reveal: (bytes: Uint8Array) => string): string | null {
  if (settings.protectedPassphrase === null) {
    return null;
  }
  try {
    return reveal(Buffer.from(settings.protectedPassphrase, 'base64'));
  } catch (error) {
    throw new Error('The saved backup passphrase cannot be unlocked on this computer or account; enter it again in the backup settings.', {
      cause: error,
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
