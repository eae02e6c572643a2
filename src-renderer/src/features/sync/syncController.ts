import type { ScopeJournalDatabase } from '../../db/database';
import type { DesktopApi, DesktopEvents } from '../../../../src-main/shared/contract';
import type { SyncStatus } from '../../store/syncSlice';
import { runSync } from './runSync';
import { syncTrackedScope, trackSyncScope } from './syncScope';

/** How long after a change the sync waits for more: a burst of edits goes out as one batch. */
export const syncAfterChangeMs = 5_000;
/** How often the folder is read when nothing else asks: other computers write while this one is idle. */
export const syncEveryMs = 5 * 60_000;

/** What a sync controller needs: the journal, the desktop, the clock, and where to report. */
export interface SyncControllerPorts {
  database: ScopeJournalDatabase;
  desktop: Pick<DesktopApi, 'getSyncSettings' | 'listSyncFolder' | 'readSyncBatch' | 'writeSyncBatch' | 'readSyncFile' | 'writeSyncFile'>;
  events: Pick<DesktopEvents, 'onSyncRequested'>;
  now: () => number;
  report: (status: Partial<SyncStatus>) => void;
  /** Runs `work` holding the sync lock of every window of the app (Web Locks), so two never sync at once. */
  withLock?: (work: () => Promise<void>) => Promise<void>;
}

/** Controls the syncs of one window. */
export interface SyncController {
  /** Syncs now (or right after the sync in progress); resolves when done. Does nothing while sync is off. */
  syncNow(): Promise<void>;
  stop(): void;
}

/** The message of an error, for the status line. */
function problemOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Starts syncing this window's journal with the sync folder: once at start, a few seconds after
 * every change to a synced table, every few minutes, and when the desktop asks (the computer woke
 * from sleep). One sync at a time: a request during a sync runs once more after it. The syncs at
 * start and on wake compare every record with its sync state; the others only the records written
 * since the last sync (see `syncScope.ts`).
 */
export function startSyncController(ports: SyncControllerPorts): SyncController {
  let isStopped = false;
  let running: Promise<void> | null = null;
  let isRequestedAgain = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const withLock = ports.withLock ?? ((work: () => Promise<void>) => work());
  // What was written since the last sync: a sync compares only those records with their sync state.
  const scope = trackSyncScope(ports.database.name, () => soon());

  const syncOnce = async () => {
    const settings = await ports.desktop.getSyncSettings();
    ports.report({ settings });
    if (settings.folder === null || !settings.hasPassphrase) {
      // Nothing is compared while sync is off: the first sync after it compares every record.
      scope.widen();
      return;
    }
    ports.report({ isSyncing: true });
    try {
      await withLock(async () => {
        // Taken once the lock is held: writes made while another window synced are in it.
        const report = await syncTrackedScope(scope, (taken) =>
          runSync(ports.database, ports.desktop, settings.deviceId, ports.now, taken),
        );
        ports.report({ report, problem: null });
      });
    } catch (error) {
      ports.report({ problem: problemOf(error) });
    } finally {
      ports.report({ isSyncing: false });
    }
  };

  const syncNow = (): Promise<void> => {
    if (isStopped) return Promise.resolve();
    if (running !== null) {
      isRequestedAgain = true;
      return running;
    }
    running = (async () => {
      do {
        isRequestedAgain = false;
        await syncOnce().catch((error: unknown) => ports.report({ problem: problemOf(error), isSyncing: false }));
      } while (isRequestedAgain && !isStopped);
      running = null;
    })();
    return running;
  };

  const soon = () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void syncNow(), syncAfterChangeMs);
  };
  const unsubscribeWake = ports.events.onSyncRequested(() => {
    // After sleep, or when asked from outside, every record is compared again.
    scope.widen();
    void syncNow();
  });
  const timer = setInterval(() => void syncNow(), syncEveryMs);
  void syncNow();

  return {
    syncNow,
    stop() {
      isStopped = true;
      clearTimeout(debounce);
      clearInterval(timer);
      scope.stop();
      unsubscribeWake();
    },
  };
}

/** Web Locks, where the engine has them: one sync at a time across the app's windows and tabs. */
export function webLock(name: string): ((work: () => Promise<void>) => Promise<void>) | undefined {
  if (typeof navigator === 'undefined' || navigator.locks === undefined) return undefined;
  return async (work) => {
    await navigator.locks.request(name, () => work());
  };
}
