import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  defaultBackupSettings,
  loadBackupSettings,
  revealPassphrase,
  saveBackupSettings,
  withProtectedPassphrase,
  type BackupSettings,
} from '../../../src-main/services/backups/backupSettings';
import { nodeBackupFileSystem } from '../../../src-main/services/backups/backupFolder';
import { failingFileSystem } from '../failingFileSystem';

let folder: string;
let file: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'scope-journal-settings-'));
  file = join(folder, 'backup-settings.json');
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const chosen: BackupSettings = {
  version: 1,
  folder: '/home/ada/Backups/Scope Journal',
  cadence: 'weekly',
  keep: 25,
  encrypt: true,
  protectedPassphrase: Buffer.from('sealed').toString('base64'),
  lastBackupAt: '2026-03-28T09:00:00.000Z',
};

/** A stand-in for safeStorage: reversible, and visibly not the plain text. */
const protect = (text: string): Uint8Array => Buffer.from(text, 'utf8').reverse();
const reveal = (bytes: Uint8Array): string => Buffer.from(bytes).reverse().toString('utf8');

describe('loadBackupSettings', () => {
  it('gives the defaults, without a warning, when there is no file', async () => {
    const warn = vi.fn();
    await expect(loadBackupSettings(file, { warn })).resolves.toEqual({
      version: 1,
      folder: null,
      cadence: 'daily',
      keep: 10,
      encrypt: false,
      protectedPassphrase: null,
      lastBackupAt: null,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['not JSON', '{"version": 1,', /is not valid JSON/],
    ['invalid', JSON.stringify({ ...chosen, keep: 0 }), /is invalid/],
    ['from a newer version', JSON.stringify({ ...chosen, version: 2 }), /is invalid/],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), /could not be read/],
  ])('gives the defaults with a warning when the file is %s', async (_case, contents, warning) => {
    writeFileSync(file, contents);
    const warn = vi.fn();
    await expect(loadBackupSettings(file, { warn })).resolves.toEqual(defaultBackupSettings);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(warning));
  });

  it('gives the defaults with a warning when the file is a folder', async () => {
    const warn = vi.fn();
    await expect(loadBackupSettings(folder, { warn })).resolves.toEqual(defaultBackupSettings);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/is not a settings file/));
  });
});

describe('saveBackupSettings', () => {
  it('round-trips through the file', async () => {
    await saveBackupSettings(file, chosen);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(chosen);
    await expect(loadBackupSettings(file)).resolves.toEqual(chosen);
  });

  it('creates the folder of the settings file', async () => {
    const nested = join(folder, 'user-data', 'backup-settings.json');
    await saveBackupSettings(nested, defaultBackupSettings);
    await expect(loadBackupSettings(nested)).resolves.toEqual(defaultBackupSettings);
  });

  it('refuses invalid settings and writes nothing', async () => {
    await expect(saveBackupSettings(file, { ...chosen, keep: 5000 })).rejects.toThrow(/backup settings are invalid/);
    await expect(saveBackupSettings(file, { ...chosen, lastBackupAt: 'yesterday' })).rejects.toThrow(/invalid/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps the previous settings when the write fails', async () => {
    await saveBackupSettings(file, chosen);
    await expect(saveBackupSettings(file, defaultBackupSettings, failingFileSystem(nodeBackupFileSystem, 'rename'))).rejects.toThrow();
    await expect(loadBackupSettings(file)).resolves.toEqual(chosen);
    expect(readdirSync(folder)).toEqual(['backup-settings.json']);
  });
});

describe('the protected passphrase', () => {
  it('is sealed with protect and opened with reveal, never stored as text', () => {
    const settings = withProtectedPassphrase(defaultBackupSettings, 'correct horse battery', protect);
    expect(settings.protectedPassphrase).not.toBeNull();
    expect(Buffer.from(settings.protectedPassphrase ?? '', 'base64').toString('utf8')).not.toContain('correct');
    expect(revealPassphrase(settings, reveal)).toBe('correct horse battery');
  });

  it('is null when none is stored', () => {
    expect(revealPassphrase(defaultBackupSettings, reveal)).toBeNull();
  });

  it('must be at least eight characters long', () => {
    expect(() => withProtectedPassphrase(defaultBackupSettings, 'short', protect)).toThrow(/at least 8 characters/);
  });

  it('fails clearly when the key store cannot open it', () => {
    const failing = (): string => {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    };
    expect(() => revealPassphrase(chosen, failing)).toThrow(/cannot be unlocked on this computer/);
  });
});
