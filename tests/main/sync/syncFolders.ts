import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChannelHandlers } from '../../../src-main/ipc/registerHandlers';
import { createSyncHandlers } from '../../../src-main/ipc/syncHandlers';
import { createSyncService } from '../../../src-main/services/sync/syncService';
import { desktopChannels, type DesktopApi } from '../../../src-main/shared/contract';
import type { SyncFolderPort } from '../../../src-renderer/src/features/sync/runSync';
import { createTestClock, fakeProtectSecret, fakeRevealSecret } from '../fakeBackupPorts';

/*
 * Computers that share one sync folder on disk, each made of the REAL main-process sync handlers
 * and service (payloads parsed as in the app, encryption, atomic writes, listing) over a
 * user-data folder of its own, with a fake key store and cheap key derivation. The page side
 * reaches them as the app does, through the contract's methods.
 */

const passphrase = 'correct horse battery';
const fastSyncEncryption = { scrypt: { logCost: 10, blockSize: 8, parallelism: 1 } };

/** One computer's desktop, as far as sync goes. */
export interface SyncComputer {
  deviceId: string;
  port: SyncFolderPort;
}

/** A shared sync folder and the computers that sync through it. */
export interface SyncFolders {
  root: string;
  folder: string;
  /** A new computer that has chosen the folder and joined it; `copyOf` starts from another one's user data (same device id). */
  addComputer(name: string, copyOf?: string): Promise<SyncComputer>;
  /** Cuts every other computer's newest batch short, as a sync service still copying it, until `deliverAll`. */
  holdBackNewest(readerDeviceId: string): void;
  /** Puts every file cut short back whole. */
  deliverAll(): void;
  close(): void;
}

/** Calls the real handler of each sync method of the contract, as the preload would. */
function contractPort(handlers: Partial<Record<string, (payload: unknown) => Promise<unknown>>>) {
  const call =
    <Name extends keyof DesktopApi>(name: Name) =>
    (payload?: unknown) => {
      const handler = handlers[desktopChannels[name]];
      if (handler === undefined) throw new Error(`No handler for ${name}.`);
      return handler(payload) as ReturnType<DesktopApi[Name]>;
    };
  return {
    getSyncSettings: () => call('getSyncSettings')(undefined),
    port: {
      listSyncFolder: () => call('listSyncFolder')(undefined),
      readSyncBatch: (request) => call('readSyncBatch')(request),
      writeSyncBatch: (request) => call('writeSyncBatch')(request),
      readSyncFile: (request) => call('readSyncFile')(request),
      writeSyncFile: (request) => call('writeSyncFile')(request),
    } satisfies SyncFolderPort,
    choose: () => call('chooseSyncFolder')(undefined),
    join: () => call('setSyncPassphrase')({ passphrase }),
  };
}

export function createSyncFolders(): SyncFolders {
  const root = mkdtempSync(join(tmpdir(), 'scope-journal-sync-run-'));
  const folder = join(root, 'Dropbox', 'Scope Journal');
  mkdirSync(folder, { recursive: true });
  const held = new Map<string, Buffer>();
  const clock = createTestClock(new Date(Date.UTC(2026, 11, 7, 9)));
  return {
    root,
    folder,
    async addComputer(name, copyOf) {
      const userDataPath = join(root, `user-data-${name}`);
      if (copyOf !== undefined) cpSync(join(root, `user-data-${copyOf}`), userDataPath, { recursive: true });
      const service = createSyncService({
        userDataPath,
        protectSecret: fakeProtectSecret,
        revealSecret: fakeRevealSecret,
        isSecretStorageAvailable: () => true,
        now: clock.now,
        appInfo: () => ({ version: '0.1.0' }),
        hostName: () => `${name}-laptop`,
        syncEncryption: fastSyncEncryption,
        warn: () => undefined,
      });
      const desktop = contractPort(
        createChannelHandlers(createSyncHandlers(service, () => Promise.resolve({ canceled: false, filePaths: [folder] }))),
      );
      if (copyOf === undefined) {
        await desktop.choose();
        await desktop.join();
      }
      const { deviceId } = await desktop.getSyncSettings();
      return { deviceId, port: desktop.port };
    },
    holdBackNewest(readerDeviceId) {
      const devices = join(folder, 'devices');
      for (const device of readdirSync(devices)) {
        if (device === readerDeviceId) continue;
        const batches = join(devices, device, 'batches');
        if (!existsSync(batches)) continue;
        const names = readdirSync(batches)
          .filter((name) => /^\d{10}\.sjs$/.test(name))
          .sort();
        const newest = names[names.length - 1];
        if (newest === undefined) continue;
        const path = join(batches, newest);
        if (held.has(path)) continue;
        const whole = readFileSync(path);
        held.set(path, whole);
        writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
      }
    },
    deliverAll() {
      for (const [path, whole] of held) writeFileSync(path, whole);
      held.clear();
    },
    close() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
