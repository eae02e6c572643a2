import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import { createEntry } from '../../../src-renderer/src/db/entriesRepository';
import { emptyDraft } from '../../../src-renderer/src/domain/entries/entryDraft';
import {
  startSyncController,
  syncAfterChangeMs,
  syncEveryMs,
  type SyncController,
} from '../../../src-renderer/src/features/sync/syncController';
import type { SyncStatus } from '../../../src-renderer/src/store/syncSlice';
import { createMemoryFolder } from './memorySyncFolder';

let database: ScopeJournalDatabase;
let controller: SyncController | undefined;

beforeEach(async () => {
  // Only the timers are fake: IndexedDB's own scheduling stays real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  database = new ScopeJournalDatabase(`sync-controller-${crypto.randomUUID()}`);
  await database.open();
});

afterEach(async () => {
  controller?.stop();
  vi.useRealTimers();
  await database.delete();
});

function start(folderChosen = true) {
  const folder = createMemoryFolder().port('home');
  const listings = vi.fn(folder.listSyncFolder);
  let wake: (() => void) | undefined;
  const statuses: Partial<SyncStatus>[] = [];
  controller = startSyncController({
    database,
    desktop: {
      ...folder,
      listSyncFolder: listings,
      getSyncSettings: () =>
        Promise.resolve({
          folder: folderChosen ? '/sync' : null,
          deviceId: 'home',
          deviceName: 'Home',
          hasPassphrase: true,
          isPassphraseStored: true,
          isSecretStorageAvailable: true,
        }),
    },
    events: {
      onSyncRequested: (listener) => {
        wake = listener;
        return () => undefined;
      },
    },
    now: () => Date.parse('2026-12-07T10:00:00Z'),
    report: (status) => statuses.push(status),
  });
  return { listings, statuses, wake: () => wake?.() };
}

async function settle() {
  await vi.waitFor(() => expect(controller).toBeDefined());
  // Let the sync in progress finish: it runs on IndexedDB, which is not faked.
  for (let round = 0; round < 20; round += 1) await new Promise((resolve) => setImmediate(resolve));
}

it('syncs at start, a few seconds after a change, when the computer wakes, and every few minutes', async () => {
  const { listings, statuses, wake } = start();
  await vi.waitFor(() => expect(listings).toHaveBeenCalledTimes(1));
  await vi.waitFor(() => expect(statuses.some((status) => status.report !== undefined)).toBe(true));
  await settle();

  await createEntry(database, { ...emptyDraft('win', '2026-12-01'), title: 'New' });
  await vi.advanceTimersByTimeAsync(syncAfterChangeMs - 100);
  expect(listings).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(200);
  await vi.waitFor(() => expect(listings).toHaveBeenCalledTimes(2));
  await settle();

  wake();
  await vi.waitFor(() => expect(listings).toHaveBeenCalledTimes(3));
  await settle();

  await vi.advanceTimersByTimeAsync(syncEveryMs);
  await vi.waitFor(() => expect(listings.mock.calls.length).toBeGreaterThanOrEqual(4));
});

it('does nothing while no sync folder is chosen', async () => {
  const { listings, statuses } = start(false);
  await vi.waitFor(() => expect(statuses.some((status) => status.settings?.folder === null)).toBe(true));
  await settle();
  expect(listings).not.toHaveBeenCalled();
});
