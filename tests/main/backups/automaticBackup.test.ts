import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupCoordinator, isAutomaticBackupDue, runAutomaticBackup } from '../../../src-main/services/backups/automaticBackup';
import { decryptBackup, type BackupEncryptionOptions } from '../../../src-main/services/backups/backupCrypto';
import { nodeBackupFileSystem } from '../../../src-main/services/backups/backupFolder';
import { defaultBackupSettings, type BackupSettings } from '../../../src-main/services/backups/backupSettings';

let folder: string;
let settings: BackupSettings;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'scope-journal-automatic-'));
  settings = { ...defaultBackupSettings, folder, keep: 2 };
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const fast: BackupEncryptionOptions = { scrypt: { logCost: 10, blockSize: 8, parallelism: 1 } };
const contents = '{"format":"scope-journal-backup","entries":[]}';
const passphrase = 'correct horse battery';

/** The `day`th of March 2026, at nine in the morning UTC. */
function march(day: number): Date {
  return new Date(Date.UTC(2026, 2, day, 9));
}

describe('runAutomaticBackup', () => {
  it('writes the backup and keeps only the newest backups', async () => {
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    await runAutomaticBackup({ settings, contents: 'day 1', now: march(1) });
    await runAutomaticBackup({ settings, contents: 'day 2', now: march(2) });
    const result = await runAutomaticBackup({ settings, contents, now: march(3) });
    expect(result).toEqual({
      fileName: 'scope-journal-backup-2026-03-03T09-00-00.json',
      bytes: contents.length,
      removed: ['scope-journal-backup-2026-03-01T09-00-00.json'],
      rotationError: null,
    });
    expect(readdirSync(folder).sort()).toEqual([
      'notes.txt',
      'scope-journal-backup-2026-03-02T09-00-00.json',
      'scope-journal-backup-2026-03-03T09-00-00.json',
    ]);
    expect(readFileSync(join(folder, result.fileName), 'utf8')).toBe(contents);
  });

  it('encrypts when asked, and decrypts with the passphrase', async () => {
    const encrypted = { ...settings, encrypt: true };
    const result = await runAutomaticBackup({ settings: encrypted, contents, now: march(1), passphrase, encryption: fast });
    expect(result.fileName).toBe('scope-journal-backup-2026-03-01T09-00-00.json.enc');
    expect(readFileSync(join(folder, result.fileName)).includes('scope-journal-backup')).toBe(false);
    const onDisk = readFileSync(join(folder, result.fileName));
    expect(new TextDecoder().decode(await decryptBackup(onDisk, passphrase))).toBe(contents);
    await expect(decryptBackup(onDisk, 'not the passphrase')).rejects.toThrow(
      'The passphrase is wrong, or the backup file has been altered; nothing was restored.',
    );
  });

  it('refuses, writing nothing, without a passphrase, a folder or contents', async () => {
    await expect(
      runAutomaticBackup({ settings: { ...settings, encrypt: true }, contents, now: march(1), passphrase: null }),
    ).rejects.toThrow(/set to be encrypted, but no passphrase is saved/);
    await expect(runAutomaticBackup({ settings: { ...settings, folder: null }, contents, now: march(1) })).rejects.toThrow(
      /Choose a folder/,
    );
    await expect(runAutomaticBackup({ settings, contents: '', now: march(1) })).rejects.toThrow(/The backup is empty/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps the new backup and reports why old ones could not be removed', async () => {
    writeFileSync(join(folder, 'scope-journal-backup-2026-02-01T09-00-00.json'), 'old');
    writeFileSync(join(folder, 'scope-journal-backup-2026-02-02T09-00-00.json'), 'old');
    const fileSystem = { ...nodeBackupFileSystem, unlink: () => Promise.reject(new Error('EPERM: operation not permitted')) };
    const result = await runAutomaticBackup({ settings, contents, now: march(1), fileSystem });
    expect(result.removed).toEqual([]);
    expect(result.rotationError).toMatch(/“scope-journal-backup-2026-02-01T09-00-00\.json” could not be removed \(EPERM/);
    expect(readdirSync(folder)).toHaveLength(3);
  });
});

describe('isAutomaticBackupDue', () => {
  it('needs a folder and a due cadence', () => {
    expect(isAutomaticBackupDue({ ...settings, folder: null }, march(1))).toBe(false);
    expect(isAutomaticBackupDue(settings, march(1))).toBe(true);
    const lastBackupAt = march(1).toISOString();
    expect(isAutomaticBackupDue({ ...settings, lastBackupAt }, new Date(Date.UTC(2026, 2, 2, 8)))).toBe(false);
    expect(isAutomaticBackupDue({ ...settings, lastBackupAt }, march(2))).toBe(true);
    expect(isAutomaticBackupDue({ ...settings, lastBackupAt, cadence: 'off' }, march(9))).toBe(false);
  });
});

describe('createBackupCoordinator', () => {
  it('runs tasks one at a time, in order, even after a failure', async () => {
    const coordinator = createBackupCoordinator();
    const events: string[] = [];
    const task =
      (name: string, fail = false) =>
      async (): Promise<string> => {
        events.push(`${name} starts`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`${name} ends`);
        if (fail) {
          throw new Error(`${name} failed`);
        }
        return name;
      };
    const results = await Promise.allSettled([
      coordinator.run(task('scheduled', true)),
      coordinator.run(task('manual')),
      coordinator.run(task('quit')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(events).toEqual(['scheduled starts', 'scheduled ends', 'manual starts', 'manual ends', 'quit starts', 'quit ends']);
  });
});
