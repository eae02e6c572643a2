import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { FolderDialogOptions } from '../../../src-main/ipc/backupHandlers';
import { createChannelHandlers } from '../../../src-main/ipc/registerHandlers';
import { createSyncHandlers } from '../../../src-main/ipc/syncHandlers';
import { createSyncService } from '../../../src-main/services/sync/syncService';
import { desktopChannels } from '../../../src-main/shared/contract';
import { createTestClock, fakeProtectSecret, fakeRevealSecret, type TestClock } from '../fakeBackupPorts';

/*
 * The harness of the sync tests: computers made of the real sync handlers and service over real
 * folders (a user-data folder each, one shared sync folder), with a fake key store, a test clock
 * and cheap key derivation. Two computers are two services with their own user-data folders.
 */

/** This test's folders: the shared sync folder and a root for each computer's user data. */
export const folders = { root: '', sync: '' };

/** Gives each test of the calling file new folders, removed after it. */
export function useSyncFolders(): void {
  beforeEach(() => {
    folders.root = mkdtempSync(join(tmpdir(), 'scope-journal-sync-'));
    folders.sync = join(folders.root, 'Dropbox', 'Scope Journal');
    mkdirSync(folders.sync, { recursive: true });
  });
  afterEach(() => {
    rmSync(folders.root, { recursive: true, force: true });
  });
}

export const passphrase = 'correct horse battery';

/** Cheap scrypt settings, so that a key derivation takes milliseconds. */
const fastSyncEncryption = { scrypt: { logCost: 10, blockSize: 8, parallelism: 1 } };

export interface ComputerOptions {
  /** The folder the chooser picks; the shared sync folder by default, cancels when null. */
  folder?: string | null;
  isSecretStorageAvailable?: boolean;
  clock?: TestClock;
  hostName?: string;
  appVersion?: string;
}

/** One computer: its own user-data folder named `name`, the real handlers and service. */
export function createComputer(name: string, options: ComputerOptions = {}) {
  const userDataPath = join(folders.root, `user-data-${name}`);
  const clock = options.clock ?? createTestClock(new Date(Date.UTC(2026, 11, 7, 9)));
  const folderDialogs: FolderDialogOptions[] = [];
  const warnings: string[] = [];
  const sync = createSyncService({
    userDataPath,
    protectSecret: fakeProtectSecret,
    revealSecret: fakeRevealSecret,
    isSecretStorageAvailable: () => options.isSecretStorageAvailable ?? true,
    now: clock.now,
    appInfo: () => ({ version: options.appVersion ?? '1.2.3' }),
    hostName: () => options.hostName ?? `${name}-laptop`,
    syncEncryption: fastSyncEncryption,
    warn: (message) => warnings.push(message),
  });
  const handlers = createChannelHandlers(
    createSyncHandlers(sync, (dialogOptions) => {
      folderDialogs.push(dialogOptions);
      const folder = options.folder === undefined ? folders.sync : options.folder;
      return Promise.resolve(folder === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] });
    }),
  );
  return {
    userDataPath,
    handlers,
    folderDialogs,
    warnings,
    clock,
    /** The sync settings file as stored. */
    storedSettings: () => JSON.parse(readFileSync(join(userDataPath, 'sync-settings.json'), 'utf8')) as Record<string, unknown>,
    choose: () => handlers[desktopChannels.chooseSyncFolder](undefined),
    join: (given = passphrase) => handlers[desktopChannels.setSyncPassphrase]({ passphrase: given }),
    list: () => handlers[desktopChannels.listSyncFolder](undefined),
    writeBatch: (text: string) => handlers[desktopChannels.writeSyncBatch]({ text }),
    readBatch: (deviceId: string, name: string) => handlers[desktopChannels.readSyncBatch]({ deviceId, name }),
  };
}

export type Computer = ReturnType<typeof createComputer>;

/** A computer that has chosen the sync folder and joined it with `passphrase`. */
export async function joinedComputer(name: string, options: ComputerOptions = {}): Promise<Computer> {
  const computer = createComputer(name, options);
  await computer.choose();
  await computer.join();
  return computer;
}

/** Every file under `folder`, as paths relative to it with `/`, sorted. */
export function filesUnder(folder: string): string[] {
  const walk = (path: string): string[] =>
    readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
      const child = join(path, entry.name);
      return entry.isDirectory() ? walk(child) : [relative(folder, child).split('\\').join('/')];
    });
  return walk(folder).sort();
}

/** The path of a file in a device's folder. */
export function deviceFile(deviceFolder: string, ...path: string[]): string {
  return join(folders.sync, 'devices', deviceFolder, ...path);
}

/** The modification time of a file, to show it was not written again. */
export function modifiedAt(path: string): number {
  return statSync(path).mtimeMs;
}
