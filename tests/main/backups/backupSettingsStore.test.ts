import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultBackupSettings } from '../../../src-main/services/backups/backupSettings';
import { createBackupSettingsStore } from '../../../src-main/services/backups/backupSettingsStore';
import { nodeBackupFileSystem } from '../../../src-main/services/backups/backupFolder';
import { failingFileSystem } from '../failingFileSystem';

let folder: string;
let file: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'scope-journal-settings-store-'));
  file = join(folder, 'user-data', 'backup-settings.json');
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('createBackupSettingsStore', () => {
  it('knows nothing before the first read, then the defaults', async () => {
    const store = createBackupSettingsStore(file);
    expect(store.known()).toBeUndefined();
    await expect(store.read()).resolves.toEqual(defaultBackupSettings);
    expect(store.known()).toEqual(defaultBackupSettings);
  });

  it('applies changes asked for at once one after the other, losing none', async () => {
    const store = createBackupSettingsStore(file);
    await Promise.all([
      store.update((settings) => ({ ...settings, keep: 3 })),
      store.update((settings) => ({ ...settings, cadence: 'weekly' })),
      store.update((settings) => ({ ...settings, folder: '/home/ada/Backups' })),
    ]);
    const expected = { ...defaultBackupSettings, keep: 3, cadence: 'weekly', folder: '/home/ada/Backups' };
    expect(store.known()).toEqual(expected);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(expected);
    await expect(createBackupSettingsStore(file).read()).resolves.toEqual(expected);
  });

  it('changes nothing when a change throws or cannot be saved, and goes on with the next', async () => {
    const store = createBackupSettingsStore(file);
    const refused = store.update(() => {
      throw new Error('refused');
    });
    const next = store.update((settings) => ({ ...settings, keep: 4 }));
    await expect(refused).rejects.toThrow('refused');
    await expect(next).resolves.toMatchObject({ keep: 4 });

    const failing = createBackupSettingsStore(file, { fileSystem: failingFileSystem(nodeBackupFileSystem, 'rename') });
    await expect(failing.update((settings) => ({ ...settings, keep: 5 }))).rejects.toThrow(/EXDEV/);
    expect(failing.known()).toMatchObject({ keep: 4 });
  });

  it('refuses invalid settings, saving nothing', async () => {
    const store = createBackupSettingsStore(file);
    await expect(store.update((settings) => ({ ...settings, keep: 0 }))).rejects.toThrow(/invalid/);
    expect(store.known()).toEqual(defaultBackupSettings);
  });
});
