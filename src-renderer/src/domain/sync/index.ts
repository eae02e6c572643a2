// The sync engine's pure parts, in one place for tools that run them outside the app (the sync
// comparison in bench/sync-compare/). The app imports each module directly.
export { createHybridClock } from './hybridClock';
export { resolveBody } from './bodyVersions';
export { latestStamp, parseSyncBatch, writeSyncBatches } from './syncBatch';
export { syncRecordKey, syncedTableNames } from './syncRecord';
export { planSyncStep } from './syncStep';
