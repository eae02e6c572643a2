import { subscribeToTable } from '../../db/changeFeed';
import type { SyncScope } from '../../db/syncRepository';
import { syncRecordKey, syncedTableNames } from '../../domain/sync/syncRecord';

/** Beyond this many keys a sync compares every record: about as fast, and nothing grows while sync is off. */
const mostKeys = 5_000;

/** What the change feed saw written to the synced tables since the last sync. */
export interface SyncScopeTracker {
  /** The scope for the sync about to run: what was written since the last `take`. Tracking starts afresh. */
  take(): SyncScope;
  /** Puts back the scope of a sync that did not finish, so the next one covers it. */
  giveBack(scope: SyncScope): void;
  /** Makes the next sync compare every record (at start, on wake, while sync is off). */
  widen(): void;
  stop(): void;
}

/**
 * Tracks the writes to the synced tables of the database `databaseName` through its change feed
 * (every write that commits, in this window or another: see `changeFeed.ts`), so a sync compares
 * only those records instead of the whole journal. Starts wide: the first sync compares every
 * record, which also covers whatever was written before the tracking began. `onChange` is called
 * after every write.
 */
export function trackSyncScope(databaseName: string, onChange?: () => void): SyncScopeTracker {
  let pending: 'all' | Set<string> = 'all';
  const add = (keys: Iterable<string>) => {
    if (pending === 'all') return;
    for (const key of keys) pending.add(key);
    if (pending.size > mostKeys) pending = 'all';
  };
  const unsubscribers = syncedTableNames.map((table) =>
    subscribeToTable(databaseName, table, (change) => {
      if (change.kind === 'all') pending = 'all';
      else add(change.keys.map((id) => syncRecordKey(table, id)));
      onChange?.();
    }),
  );
  return {
    take() {
      const scope = pending;
      pending = new Set();
      return scope;
    },
    giveBack(scope) {
      if (scope === 'all') pending = 'all';
      else add(scope);
    },
    widen() {
      pending = 'all';
    },
    stop() {
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  };
}

/** Runs `sync` over the scope `tracker` has gathered; when it fails, the scope goes back for the next one. */
export async function syncTrackedScope<T>(tracker: SyncScopeTracker, sync: (scope: SyncScope) => Promise<T>): Promise<T> {
  const scope = tracker.take();
  try {
    return await sync(scope);
  } catch (error) {
    tracker.giveBack(scope);
    throw error;
  }
}
