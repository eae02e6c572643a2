import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopChannels } from '../../src-main/shared/contract';
import { createTestHandlers, defaultView, folders, march, passphrase, useTemporaryFolders, withFolder } from './backupHandlerHarness';

/* The backup settings' handlers, over real folders (see backupHandlerHarness.ts). */

useTemporaryFolders();

describe('getBackupSettings', () => {
  it('starts with no folder, daily, ten kept, unencrypted, and nothing scheduled', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.getBackupSettings](undefined)).resolves.toEqual(defaultView);
    expect(existsSync(folders.userData)).toBe(false);
  });

  it('takes no payload', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.getBackupSettings]({})).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.getBackupSettings}`),
    );
  });
});

describe('chooseBackupFolder', () => {
  it('asks for a folder, keeps it, and schedules the first backup at once', async () => {
    const { handlers, folderDialogs } = createTestHandlers({ folder: folders.backupFolder });
    await expect(handlers[desktopChannels.chooseBackupFolder](undefined)).resolves.toEqual({
      ...defaultView,
      folder: folders.backupFolder,
      nextBackupAt: march(1).toISOString(),
    });
    expect(folderDialogs).toEqual([{ title: 'Choose a folder for backups', properties: ['openDirectory', 'createDirectory'] }]);
    expect(JSON.parse(readFileSync(join(folders.userData, 'backup-settings.json'), 'utf8'))).toMatchObject({
      folder: folders.backupFolder,
      cadence: 'daily',
    });
  });

  it('answers null and changes nothing when cancelled', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.chooseBackupFolder](undefined)).resolves.toBeNull();
    expect(existsSync(folders.userData)).toBe(false);
  });

  it('takes no payload, and shows no dialog for one', async () => {
    const { handlers, folderDialogs } = createTestHandlers({ folder: folders.backupFolder });
    await expect(handlers[desktopChannels.chooseBackupFolder]('/tmp')).rejects.toThrow(/^Invalid request/);
    expect(folderDialogs).toEqual([]);
  });
});

describe('updateBackupSettings', () => {
  it('keeps the change across app runs', async () => {
    const first = await withFolder();
    const changed = await first.handlers[desktopChannels.updateBackupSettings]({ cadence: 'weekly', keep: 3 });
    expect(changed).toMatchObject({ folder: folders.backupFolder, cadence: 'weekly', keep: 3 });
    const second = createTestHandlers();
    await expect(second.handlers[desktopChannels.getBackupSettings](undefined)).resolves.toEqual(changed);
  });

  it('schedules nothing when backups are off', async () => {
    const { handlers } = await withFolder();
    await expect(handlers[desktopChannels.updateBackupSettings]({ cadence: 'off' })).resolves.toMatchObject({
      cadence: 'off',
      nextBackupAt: null,
    });
  });

  it('needs a passphrase to turn encryption on', async () => {
    const { handlers } = await withFolder();
    await expect(handlers[desktopChannels.updateBackupSettings]({ encrypt: true })).rejects.toThrow(
      'Encryption needs a passphrase of at least 8 characters.',
    );
    await expect(handlers[desktopChannels.getBackupSettings](undefined)).resolves.toMatchObject({ encrypt: false });
  });

  it('keeps the passphrase only sealed by the key store, and never shows it', async () => {
    const { handlers } = await withFolder();
    const view = await handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    expect(view).toMatchObject({ encrypt: true, hasPassphrase: true });
    expect(JSON.stringify(view)).not.toContain(passphrase);
    const file = readFileSync(join(folders.userData, 'backup-settings.json'), 'utf8');
    expect(file).not.toContain(passphrase);
    expect(file).not.toContain(Buffer.from(passphrase).toString('base64'));

    // Off and on again: the stored passphrase is enough.
    await handlers[desktopChannels.updateBackupSettings]({ encrypt: false });
    await expect(handlers[desktopChannels.updateBackupSettings]({ encrypt: true })).resolves.toMatchObject({
      encrypt: true,
      hasPassphrase: true,
    });
  });

  it('refuses encryption when the computer cannot keep the passphrase safe', async () => {
    const { handlers } = await withFolder({ isSecretStorageAvailable: false });
    const message = 'This computer cannot store the passphrase safely, so encrypted automatic backups are not available.';
    await expect(handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase })).rejects.toThrow(message);
    await expect(handlers[desktopChannels.updateBackupSettings]({ passphrase })).rejects.toThrow(message);
    await expect(handlers[desktopChannels.getBackupSettings](undefined)).resolves.toMatchObject({
      encrypt: false,
      hasPassphrase: false,
    });
  });

  it('refuses to turn encryption on when the stored passphrase can no longer be unlocked', async () => {
    const first = await withFolder();
    await first.handlers[desktopChannels.updateBackupSettings]({ passphrase });
    const second = createTestHandlers({
      revealSecret: () => {
        throw new Error('safeStorage cannot decrypt');
      },
    });
    await expect(second.handlers[desktopChannels.updateBackupSettings]({ encrypt: true })).rejects.toThrow(
      /cannot be unlocked on this computer or account/,
    );
  });

  it.each([
    ['no payload', undefined],
    ['an unknown field', { folder: '/etc' }],
    ['an unknown cadence', { cadence: 'hourly' }],
    ['keeping none', { keep: 0 }],
    ['keeping too many', { keep: 1001 }],
    ['keeping a fraction', { keep: 2.5 }],
    ['a short passphrase', { passphrase: 'short' }],
    ['an overlong passphrase', { passphrase: 'x'.repeat(1025) }],
    ['encrypt as text', { encrypt: 'yes' }],
  ])('rejects %s before changing anything', async (_case, payload) => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.updateBackupSettings](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.updateBackupSettings}: `),
    );
    expect(existsSync(folders.userData)).toBe(false);
  });

  it('counts a passphrase in characters, not UTF-16 units', async () => {
    const { handlers } = await withFolder();
    // Four characters, eight UTF-16 units: too short.
    await expect(handlers[desktopChannels.updateBackupSettings]({ passphrase: '😀😀😀😀' })).rejects.toThrow(
      /passphrase: must be at least 8 characters/,
    );
  });
});
