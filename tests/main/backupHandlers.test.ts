import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FolderDialogOptions } from '../../src-main/ipc/backupHandlers';
import { createDesktopHandlers, type DesktopPorts } from '../../src-main/ipc/handlers';
import { createChannelHandlers } from '../../src-main/ipc/registerHandlers';
import { createBackupService, type BackupService } from '../../src-main/services/backups/backupService';
import { desktopChannels, type BackupReason } from '../../src-main/shared/contract';
import { createTestClock, fakeBackupPorts, type TestClock } from './fakeBackupPorts';

/*
 * The backup handlers over real folders: a temporary user-data folder for the settings, another
 * for the backups; only the folder chooser, the key store and the clock are fakes.
 */

let root: string;
let userData: string;
let backupFolder: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'scope-journal-backup-handlers-'));
  userData = join(root, 'user-data');
  backupFolder = join(root, 'Backups');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The `day`th of March 2026 at nine in the morning UTC, plus `hours`. */
function march(day: number, hours = 0): Date {
  return new Date(Date.UTC(2026, 2, day, 9 + hours));
}

const contents = '{"format":"scope-journal-backup","entries":["déjà vu"]}';
const passphrase = 'correct horse battery';

interface TestOptions {
  /** The folder the chooser picks; cancels when undefined. */
  folder?: string;
  clock?: TestClock;
  isSecretStorageAvailable?: boolean;
  userDataPath?: string;
  revealSecret?: (bytes: Uint8Array) => string;
}

/** Backup handlers over the test folders, with a record of folder dialogs and settled writes. */
function createTestHandlers(options: TestOptions = {}) {
  const folderDialogs: FolderDialogOptions[] = [];
  const settled: BackupReason[] = [];
  const warnings: string[] = [];
  const clock = options.clock ?? createTestClock(march(1));
  const backupPorts = fakeBackupPorts(options.userDataPath ?? userData, {
    clock,
    isSecretStorageAvailable: options.isSecretStorageAvailable,
    warnings,
  });
  const ports: DesktopPorts = {
    appInfo: () => {
      throw new Error('not used');
    },
    showSaveDialog: () => Promise.reject(new Error('not used')),
    showOpenDialog: () => Promise.reject(new Error('not used')),
    openExternal: () => Promise.reject(new Error('not used')),
    renderPdf: () => Promise.reject(new Error('not used')),
    preparePdf: () => Promise.reject(new Error('not used')),
    notify: () => undefined,
    setThemeSource: () => Promise.reject(new Error('not used')),
    showFolderDialog: (dialogOptions) => {
      folderDialogs.push(dialogOptions);
      const folder = options.folder;
      return Promise.resolve(folder === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] });
    },
    ...backupPorts,
    revealSecret: options.revealSecret ?? backupPorts.revealSecret,
  };
  const backups: BackupService = createBackupService(ports);
  backups.onBackupSettled((reason) => settled.push(reason));
  const handlers = createChannelHandlers(createDesktopHandlers(ports, backups));
  return { handlers, folderDialogs, settled, warnings, clock };
}

type TestHandlers = ReturnType<typeof createTestHandlers>['handlers'];

/** Handlers whose settings already name the backup folder. */
async function withFolder(options: TestOptions = {}) {
  const test = createTestHandlers({ folder: backupFolder, ...options });
  await test.handlers[desktopChannels.chooseBackupFolder](undefined);
  return test;
}

function write(handlers: TestHandlers, text = contents, reason: BackupReason = 'now') {
  return handlers[desktopChannels.writeBackup]({ contents: text, reason });
}

const defaultView = {
  folder: null,
  cadence: 'daily',
  keep: 10,
  encrypt: false,
  hasPassphrase: false,
  lastBackupAt: null,
  nextBackupAt: null,
};

describe('getBackupSettings', () => {
  it('starts with no folder, daily, ten kept, unencrypted, and nothing scheduled', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.getBackupSettings](undefined)).resolves.toEqual(defaultView);
    expect(existsSync(userData)).toBe(false);
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
    const { handlers, folderDialogs } = createTestHandlers({ folder: backupFolder });
    await expect(handlers[desktopChannels.chooseBackupFolder](undefined)).resolves.toEqual({
      ...defaultView,
      folder: backupFolder,
      nextBackupAt: march(1).toISOString(),
    });
    expect(folderDialogs).toEqual([{ title: 'Choose a folder for backups', properties: ['openDirectory', 'createDirectory'] }]);
    expect(JSON.parse(readFileSync(join(userData, 'backup-settings.json'), 'utf8'))).toMatchObject({
      folder: backupFolder,
      cadence: 'daily',
    });
  });

  it('answers null and changes nothing when cancelled', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.chooseBackupFolder](undefined)).resolves.toBeNull();
    expect(existsSync(userData)).toBe(false);
  });

  it('takes no payload, and shows no dialog for one', async () => {
    const { handlers, folderDialogs } = createTestHandlers({ folder: backupFolder });
    await expect(handlers[desktopChannels.chooseBackupFolder]('/tmp')).rejects.toThrow(/^Invalid request/);
    expect(folderDialogs).toEqual([]);
  });
});

describe('updateBackupSettings', () => {
  it('keeps the change across app runs', async () => {
    const first = await withFolder();
    const changed = await first.handlers[desktopChannels.updateBackupSettings]({ cadence: 'weekly', keep: 3 });
    expect(changed).toMatchObject({ folder: backupFolder, cadence: 'weekly', keep: 3 });
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
    const file = readFileSync(join(userData, 'backup-settings.json'), 'utf8');
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
    expect(existsSync(userData)).toBe(false);
  });

  it('counts a passphrase in characters, not UTF-16 units', async () => {
    const { handlers } = await withFolder();
    // Four characters, eight UTF-16 units: too short.
    await expect(handlers[desktopChannels.updateBackupSettings]({ passphrase: '😀😀😀😀' })).rejects.toThrow(
      /passphrase: must be at least 8 characters/,
    );
  });
});

describe('writeBackup, listBackups and readBackup', () => {
  it('refuse clearly while no folder is chosen', async () => {
    const { handlers, settled } = createTestHandlers();
    await expect(write(handlers)).rejects.toThrow('Choose a backup folder first.');
    await expect(handlers[desktopChannels.listBackups](undefined)).resolves.toEqual([]);
    await expect(handlers[desktopChannels.readBackup]({ fileName: 'scope-journal-backup-2026-03-01T09-00-00.json' })).rejects.toThrow(
      'Choose a backup folder first.',
    );
    expect(settled).toEqual(['now']);
  });

  it('write, list and read back a plain backup, and record when', async () => {
    const { handlers, settled, clock } = await withFolder();
    clock.set(march(2));
    const fileName = 'scope-journal-backup-2026-03-02T09-00-00.json';
    await expect(write(handlers, contents, 'scheduled')).resolves.toEqual({
      fileName,
      bytes: Buffer.byteLength(contents),
      removed: [],
    });
    expect(settled).toEqual(['scheduled']);
    expect(readFileSync(join(backupFolder, fileName), 'utf8')).toBe(contents);
    await expect(handlers[desktopChannels.getBackupSettings](undefined)).resolves.toMatchObject({
      lastBackupAt: march(2).toISOString(),
      nextBackupAt: march(3).toISOString(),
    });
    await expect(handlers[desktopChannels.listBackups](undefined)).resolves.toEqual([
      { fileName, createdAt: march(2).toISOString(), bytes: Buffer.byteLength(contents), encrypted: false },
    ]);
    await expect(handlers[desktopChannels.readBackup]({ fileName })).resolves.toEqual({ contents });
  });

  it('write, list and read back an encrypted backup, with the stored or a given passphrase', async () => {
    const { handlers } = await withFolder();
    await handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    const { fileName } = await write(handlers);
    expect(fileName).toBe('scope-journal-backup-2026-03-01T09-00-00.json.enc');
    const onDisk = readFileSync(join(backupFolder, fileName));
    expect(onDisk.includes('scope-journal-backup')).toBe(false);
    await expect(handlers[desktopChannels.listBackups](undefined)).resolves.toMatchObject([{ fileName, encrypted: true }]);

    await expect(handlers[desktopChannels.readBackup]({ fileName })).resolves.toEqual({ contents });
    await expect(handlers[desktopChannels.readBackup]({ fileName, passphrase })).resolves.toEqual({ contents });
    await expect(handlers[desktopChannels.readBackup]({ fileName, passphrase: 'not the passphrase' })).rejects.toThrow(
      'The passphrase is wrong, or the backup file has been altered; nothing was restored.',
    );
    await expect(handlers[desktopChannels.decryptBackup]({ bytes: new Uint8Array(onDisk), passphrase })).resolves.toEqual({ contents });
    await expect(
      handlers[desktopChannels.decryptBackup]({ bytes: new Uint8Array(onDisk), passphrase: 'not the passphrase' }),
    ).rejects.toThrow('The passphrase is wrong, or the backup file has been altered; nothing was restored.');
  });

  it('asks for the passphrase of an encrypted backup when none is stored', async () => {
    const writer = await withFolder({ userDataPath: join(root, 'other-user-data') });
    await writer.handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    const { fileName } = await write(writer.handlers);

    const { handlers } = await withFolder();
    await expect(handlers[desktopChannels.readBackup]({ fileName })).rejects.toThrow('This backup is encrypted: enter its passphrase.');
    await expect(handlers[desktopChannels.readBackup]({ fileName, passphrase })).resolves.toEqual({ contents });
  });

  it('refuses to write encrypted when the stored passphrase cannot be unlocked, writing nothing', async () => {
    const first = await withFolder();
    await first.handlers[desktopChannels.updateBackupSettings]({ encrypt: true, passphrase });
    const { handlers, settled } = createTestHandlers({
      revealSecret: () => {
        throw new Error('safeStorage cannot decrypt');
      },
    });
    await expect(write(handlers, contents, 'quit')).rejects.toThrow(/cannot be unlocked on this computer or account/);
    expect(settled).toEqual(['quit']);
    expect(existsSync(backupFolder)).toBe(false);
  });

  it('keeps only the newest backups, and never touches other files', async () => {
    const { handlers, clock } = await withFolder();
    await handlers[desktopChannels.updateBackupSettings]({ keep: 2 });
    for (const day of [1, 2]) {
      clock.set(march(day));
      await write(handlers, `day ${day}`);
    }
    writeFileSync(join(backupFolder, 'notes.txt'), 'mine');
    clock.set(march(3));
    await expect(write(handlers)).resolves.toMatchObject({
      removed: ['scope-journal-backup-2026-03-01T09-00-00.json'],
    });
    const listed = await handlers[desktopChannels.listBackups](undefined);
    expect(listed.map((backup) => backup.fileName)).toEqual([
      'scope-journal-backup-2026-03-03T09-00-00.json',
      'scope-journal-backup-2026-03-02T09-00-00.json',
    ]);
    expect(readdirSync(backupFolder)).toContain('notes.txt');
  });

  it('writes backups asked for at once one after the other, each under its own name', async () => {
    const { handlers, settled } = await withFolder();
    const results = await Promise.all([write(handlers, 'one', 'scheduled'), write(handlers, 'two', 'quit')]);
    expect(new Set(results.map((result) => result.fileName)).size).toBe(2);
    expect(settled).toEqual(['scheduled', 'quit']);
    const texts = await Promise.all(results.map((result) => handlers[desktopChannels.readBackup]({ fileName: result.fileName })));
    expect(texts).toEqual([{ contents: 'one' }, { contents: 'two' }]);
  });

  it.each([
    ['a folder in the name', '../backup-settings.json', /by its file name alone/],
    ['another file', 'notes.txt', /Only Scope Journal backups/],
    ['a missing backup', 'scope-journal-backup-2026-01-01T00-00-00.json', /is not in the backup folder/],
  ])('readBackup refuses %s', async (_case, fileName, message) => {
    const { handlers } = await withFolder();
    await write(handlers);
    await expect(handlers[desktopChannels.readBackup]({ fileName })).rejects.toThrow(message);
  });

  it.each([
    ['no payload', undefined],
    ['empty contents', { contents: '', reason: 'now' }],
    ['contents that are not text', { contents: 42, reason: 'now' }],
    ['an unknown reason', { contents, reason: 'later' }],
    ['an unknown field', { contents, reason: 'now', folder: '/tmp' }],
  ])('writeBackup rejects %s before writing', async (_case, payload) => {
    const { handlers, settled } = await withFolder();
    await expect(handlers[desktopChannels.writeBackup](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.writeBackup}: `),
    );
    expect(existsSync(backupFolder)).toBe(false);
    expect(settled).toEqual([]);
  });

  it.each([
    ['no payload', undefined],
    ['a file name with a control character', { fileName: 'backup\n.json' }],
    ['an overlong file name', { fileName: `${'a'.repeat(256)}.json` }],
    ['a short passphrase', { fileName: 'scope-journal-backup-2026-03-01T09-00-00.json', passphrase: 'short' }],
    ['an unknown field', { fileName: 'scope-journal-backup-2026-03-01T09-00-00.json', folder: '/etc' }],
  ])('readBackup rejects %s', async (_case, payload) => {
    const { handlers } = await withFolder();
    await expect(handlers[desktopChannels.readBackup](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.readBackup}: `),
    );
  });

  it('listBackups takes no payload', async () => {
    const { handlers } = await withFolder();
    await expect(handlers[desktopChannels.listBackups]('all')).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.listBackups}`),
    );
  });
});

describe('decryptBackup', () => {
  it.each([
    ['no payload', undefined],
    ['bytes as a list of numbers', { bytes: [1, 2, 3], passphrase }],
    ['bytes as text', { bytes: 'SJBK1', passphrase }],
    ['a short passphrase', { bytes: new Uint8Array(8), passphrase: 'short' }],
    ['no passphrase', { bytes: new Uint8Array(8) }],
    ['an unknown field', { bytes: new Uint8Array(8), passphrase, fileName: 'a.json' }],
  ])('rejects %s', async (_case, payload) => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.decryptBackup](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.decryptBackup}: `),
    );
  });

  it('says so when the bytes are not an encrypted backup', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.decryptBackup]({ bytes: new TextEncoder().encode(contents), passphrase })).rejects.toThrow(
      /not a readable encrypted Scope Journal backup/,
    );
  });
});
