import { useEffect } from 'react';
import { db } from '../../db/database';
import { desktop, desktopEvents, isDesktopApp } from '../../platform/desktop';
import { useUiStore } from '../../store/uiStore';
import { startSyncController, webLock, type SyncController } from './syncController';

let controller: SyncController | null = null;

/** Syncs now, from "Sync now" or after the settings changed; resolves when done. */
export function requestSync(): Promise<void> {
  return controller?.syncNow() ?? Promise.resolve();
}

/**
 * Runs the sync between computers for the main window while it is open (desktop app only; the
 * print and capture windows never sync). See `startSyncController` for when it syncs.
 */
export function useSyncRunner(): void {
  const setSyncStatus = useUiStore((state) => state.setSyncStatus);
  useEffect(() => {
    if (!isDesktopApp) return;
    const started = startSyncController({
      database: db,
      desktop,
      events: desktopEvents,
      now: () => Date.now(),
      report: setSyncStatus,
      withLock: webLock('scope-journal-sync'),
    });
    controller = started;
    return () => {
      started.stop();
      if (controller === started) controller = null;
    };
  }, [setSyncStatus]);
}
